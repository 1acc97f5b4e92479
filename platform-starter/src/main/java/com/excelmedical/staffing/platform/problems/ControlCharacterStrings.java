package com.excelmedical.staffing.platform.problems;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses text with control characters (tab and line breaks aside) in every JSON request body, so that
 * a NUL meant for a database column is a 400 naming the field rather than a database error.
 */
public final class ControlCharacterStrings extends SimpleModule {

    public ControlCharacterStrings() {
        super("staffing-control-character-strings");
        addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws JacksonException {
            String value = parser.hasToken(JsonToken.VALUE_STRING) ? parser.getString() : super.deserialize(parser, context);
            if (value != null && TextChecks.hasControlCharacter(value, true)) {
                throw InvalidFormatException.from(parser, TextChecks.CONTROL_CHARACTER_MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
