package com.excelmedical.staffing.platform.problems;

import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text with a NUL character wherever JSON is read (request bodies, events, feeds), so that a NUL
 * meant for a database column is a 400 naming the field (or one rejected feed row) rather than a database
 * error. A request body a person or a frontend sends is held to plain text: no control character but tab,
 * line feed and carriage return (400 naming the field). Events and feeds read outside a request keep
 * other control characters, so that a record another service accepted is never dead-lettered for one;
 * query parameters are checked by {@link RequestParameterGuard}.
 */
public final class PlainTextStrings extends SimpleModule {

    public PlainTextStrings() {
        super("staffing-plain-text-strings");
        addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : super.deserialize(parser, context);
            if (value == null) {
                return null;
            }
            if (TextChecks.hasNul(value)) {
                throw InvalidFormatException.from(parser, TextChecks.NUL_MESSAGE, value, String.class);
            }
            if (RequestContextHolder.getRequestAttributes() != null && TextChecks.hasControlCharacter(value, true)) {
                throw InvalidFormatException.from(parser, TextChecks.CONTROL_CHARACTER_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
