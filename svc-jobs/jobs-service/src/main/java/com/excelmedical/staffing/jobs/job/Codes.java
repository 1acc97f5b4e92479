package com.excelmedical.staffing.jobs.job;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The lower-case words by which this service's enums are stored, sent and read ({@code on_hold}, {@code per_diem}). */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(code)).findFirst();
    }
}
