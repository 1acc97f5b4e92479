package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.AttributeConverter;

/** Stores an enum as its code; a stored word no constant knows is an error, never a silent default. */
abstract class CodeConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;

    CodeConverter(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : Codes.of(value);
    }

    @Override
    public E convertToEntityAttribute(String code) {
        return code == null ? null : Codes.parse(type, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " " + code));
    }
}
