package com.excelmedical.staffing.identity.password;

import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Arrays;

/**
 * What one login's password check costs with the production parameters (bcrypt, strength 12 unless
 * the environment variable {@code IDENTITY_BCRYPT_STRENGTH} says otherwise, as for the service): median and p90 of
 * {@code matches} over 20 runs after 3 warm-ups. Run:
 * {@code ./mvnw -B -q -pl svc-identity/identity-service -Pbenchmark test-compile exec:exec}
 */
public final class PasswordHashBenchmark {

    private PasswordHashBenchmark() {
    }

    public static void main(String[] args) {
        int strength = Integer.parseInt(System.getenv().getOrDefault("IDENTITY_BCRYPT_STRENGTH", "12"));
        PasswordEncoder encoder = PasswordHashing.encoder(strength);
        String password = "violet harbour lantern 42";
        String hash = encoder.encode(password);
        for (int i = 0; i < 3; i++) {
            encoder.matches(password, hash);
        }
        double[] millis = new double[20];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            if (!encoder.matches(password, hash)) {
                throw new IllegalStateException("the password did not match its own hash");
            }
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        System.out.printf("bcrypt strength %d on %d cores: median %.1f ms, p90 %.1f ms, min %.1f ms, max %.1f ms per password check%n",
                strength, Runtime.getRuntime().availableProcessors(), millis[millis.length / 2],
                millis[(int) (millis.length * 0.9)], millis[0], millis[millis.length - 1]);
    }
}
