package com.excelmedical.staffing.platform.events;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Reads the topic and versioned type of an event class from its {@link PublishedEvent} annotation. */
public final class EventTypes {

    private static final Map<Class<?>, PublishedEvent> CACHE = new ConcurrentHashMap<>();

    private EventTypes() {
    }

    public static boolean isPublished(Object event) {
        return event instanceof DomainEvent && event.getClass().isAnnotationPresent(PublishedEvent.class);
    }

    public static String topic(Class<?> eventClass) {
        return annotation(eventClass).topic();
    }

    public static String type(Class<?> eventClass) {
        return annotation(eventClass).type();
    }

    private static PublishedEvent annotation(Class<?> eventClass) {
        return CACHE.computeIfAbsent(eventClass, type -> {
            PublishedEvent published = type.getAnnotation(PublishedEvent.class);
            if (published == null) {
                throw new IllegalArgumentException(type.getName() + " is not annotated with @PublishedEvent");
            }
            return published;
        });
    }
}
