package com.excelmedical.staffing.referrals.support;

import java.util.Locale;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * A short code people type or read aloud: 8 characters from an alphabet without the look-alikes 0/O and
 * 1/I/L (31 symbols, about 8.5 × 10¹¹ codes). Stored upper case; input is accepted in any case.
 */
public record ShortCode(String value) {

    public static final int LENGTH = 8;
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    /** What a code in a URL or a body must look like before it is even looked up. */
    public static final String PATTERN = "[0-9A-Za-z]{8}";

    public ShortCode {
        if (!isWellFormed(value)) {
            throw new IllegalArgumentException("not a short code");
        }
    }

    public static ShortCode random(RandomGenerator random) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new ShortCode(code.toString());
    }

    /** The code typed, in any case and with surrounding blanks; empty when it cannot be one of ours. */
    public static Optional<ShortCode> parse(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String normalized = input.strip().toUpperCase(Locale.ROOT);
        return isWellFormed(normalized) ? Optional.of(new ShortCode(normalized)) : Optional.empty();
    }

    private static boolean isWellFormed(String value) {
        if (value == null || value.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return value;
    }
}
