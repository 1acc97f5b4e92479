package com.excelmedical.staffing.candidates.matches;

import java.util.Collection;
import java.util.stream.Collectors;

/** PostgreSQL array literals ({@code {"TX","CA"}}, a null as {@code NULL}) for a parameter the query casts ({@code CAST(:states AS text[])}). */
final class SqlArrays {

    private SqlArrays() {
    }

    static String literal(Collection<?> values) {
        return values.stream()
                .map(value -> value == null ? "NULL" : '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"')
                .collect(Collectors.joining(",", "{", "}"));
    }
}
