package com.excelmedical.staffing.identity.password;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Checks a password against a stored hash. When there is no hash to check (unknown email, erased
 * account) it checks against a dummy hash of the same cost, so that the answer takes as long as for a
 * wrong password and the timing does not reveal which emails have accounts.
 */
@Component
public class PasswordCheck {

    private final PasswordEncoder encoder;
    private final String dummyHash;

    public PasswordCheck(PasswordEncoder encoder) {
        this.encoder = encoder;
        byte[] random = new byte[16];
        new SecureRandom().nextBytes(random);
        this.dummyHash = encoder.encode(HexFormat.of().formatHex(random));
    }

    /** @return whether the password matches; the rehash, when the stored hash uses older parameters */
    public Result check(String password, String storedHash) {
        if (storedHash == null) {
            encoder.matches(password, dummyHash);
            return new Result(false, Optional.empty());
        }
        boolean matches = encoder.matches(password, storedHash);
        Optional<String> rehash = matches && encoder.upgradeEncoding(storedHash)
                ? Optional.of(encoder.encode(password)) : Optional.empty();
        return new Result(matches, rehash);
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    public record Result(boolean matches, Optional<String> rehash) {
    }
}
