package com.excelmedical.staffing.referrals.parking;

import com.excelmedical.staffing.events.DomainEvent;
import com.excelmedical.staffing.events.PublishedEvent;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The event classes that may be parked, by their versioned type: what a parked row is read back as. */
public record ParkableEvents(Map<String, Class<? extends DomainEvent>> byType) {

    @SafeVarargs
    public static ParkableEvents of(Class<? extends DomainEvent>... classes) {
        return new ParkableEvents(Stream.of(classes).collect(Collectors.toUnmodifiableMap(ParkableEvents::typeOf, Function.identity())));
    }

    static String typeOf(Class<?> eventClass) {
        PublishedEvent published = eventClass.getAnnotation(PublishedEvent.class);
        if (published == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not a published event");
        }
        return published.type();
    }
}
