package com.excelmedical.staffing.identity.password;

import com.excelmedical.staffing.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import java.util.Map;

/**
 * Passwords are hashed by Spring Security's delegating encoder: new hashes are bcrypt ({@code {bcrypt}...})
 * with the configured strength; older hashes (another id, or bcrypt of a lower strength) still verify and
 * are replaced at the next successful login. Why bcrypt and not Argon2id: docs/adr/0003.
 */
@Configuration(proxyBeanMethods = false)
public class PasswordHashing {

    public static final String CURRENT = "bcrypt";
    /** Spring Security's default before bcrypt was chosen here; kept so such hashes still verify and upgrade. */
    public static final String LEGACY_PBKDF2 = "pbkdf2@SpringSecurity_v5_8";

    @Bean
    PasswordEncoder passwordEncoder(IdentityProperties properties) {
        return encoder(properties.passwords().bcryptStrength());
    }

    public static PasswordEncoder encoder(int bcryptStrength) {
        return new DelegatingPasswordEncoder(CURRENT, Map.of(
                CURRENT, new BCryptPasswordEncoder(BCryptPasswordEncoder.BCryptVersion.$2B, bcryptStrength),
                LEGACY_PBKDF2, Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
    }

    @Bean
    PasswordPolicy passwordPolicy() {
        return PasswordPolicy.withShippedList();
    }
}
