package com.excelmedical.staffing.referrals.code;

import com.excelmedical.staffing.referrals.support.ShortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * One referral code per user. {@link #ensure} creates it on first sight, from the registration event or the
 * user's first request, whichever comes first, and never a second one; a code that collides with another
 * user's is drawn again, never surfaced.
 */
@Repository
public class ReferralCodes {

    private static final int ATTEMPTS = 10;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ReferralCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public ShortCode ensure(UUID userId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<ShortCode> existing = of(userId);
            if (existing.isPresent()) {
                return existing.get();
            }
            // no conflict target: a taken user id (a concurrent ensure) and a taken code both insert nothing
            jdbc.sql("INSERT INTO referral_codes (user_id, code, created_at) VALUES (:user, :code, :now) ON CONFLICT DO NOTHING")
                    .param("user", userId).param("code", ShortCode.random(random).value())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        }
        throw new IllegalStateException("no free referral code after " + ATTEMPTS + " attempts");
    }

    public Optional<ShortCode> of(UUID userId) {
        return jdbc.sql("SELECT code FROM referral_codes WHERE user_id = :user").param("user", userId)
                .query(String.class).optional().map(ShortCode::new);
    }

    /** The user a code belongs to. */
    public Optional<UUID> owner(ShortCode code) {
        return jdbc.sql("SELECT user_id FROM referral_codes WHERE code = :code").param("code", code.value())
                .query(UUID.class).optional();
    }
}
