package com.excelmedical.staffing.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must satisfy: 12 to 128 characters, not only a few distinct characters, and not
 * in the list of common passwords shipped with the service ({@code passwords/common-passwords.txt}).
 * No composition rules (NIST SP 800-63B).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_DISTINCT = 4;

    private final Set<String> common;

    public PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    public static PasswordPolicy withShippedList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/passwords/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("passwords/common-passwords.txt is missing");
            }
            Set<String> words = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
            return new PasswordPolicy(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws WeakPasswordException naming the first rule the password breaks */
    public void check(String password) {
        if (password == null || password.isEmpty()) {
            throw new WeakPasswordException("password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw new WeakPasswordException("password must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new WeakPasswordException("password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw new WeakPasswordException("password must use at least " + MIN_DISTINCT + " different characters");
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new WeakPasswordException("password is too common");
        }
    }
}
