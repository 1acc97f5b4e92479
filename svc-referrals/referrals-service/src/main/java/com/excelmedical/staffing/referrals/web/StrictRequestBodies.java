package com.excelmedical.staffing.referrals.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Refuses a request body with a field its record does not declare (an {@code amount}, a {@code referrerId}
 * or a {@code status} a client hopes to set): 400 naming that field, nothing stored. Only this service's
 * request records ({@code *Request}) are strict; events from other services may grow fields readers ignore.
 */
@Component
class StrictRequestBodies implements JsonMapperBuilderCustomizer {

    private static final String PACKAGE = "com.excelmedical.staffing.referrals.";

    @Override
    public void customize(tools.jackson.databind.json.JsonMapper.Builder builder) {
        builder.addHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                                                 ValueDeserializer<?> deserializer, Object beanOrClass, String name) {
                Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
                if (type.getName().startsWith(PACKAGE) && type.getSimpleName().endsWith("Request")) {
                    throw UnrecognizedPropertyException.from(parser, beanOrClass, name, deserializer.getKnownPropertyNames());
                }
                return false;
            }
        });
    }
}
