package com.excelmedical.staffing.platform.problems;

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
 * error. Other control characters can be stored and are left alone here; query parameters, which never
 * legitimately carry them, are checked more strictly by {@link RequestParameterGuard}.
 */
public final class NulFreeStrings extends SimpleModule {

    public NulFreeStrings() {
        super("staffing-nul-free-strings");
        addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : super.deserialize(parser, context);
            if (value != null && TextChecks.hasNul(value)) {
                throw InvalidFormatException.from(parser, TextChecks.NUL_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
