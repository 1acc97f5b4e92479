package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.jobs.web.ReferenceClient;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * svc-jobs' professions, specialties and certifications, read through {@link ReferenceClient} and kept in
 * memory. A copy older than {@code refreshAfter} is fetched again on the next read (one caller fetches,
 * the others wait for it); when svc-jobs cannot answer, the last good copy is used and the
 * failure counted. Only when no copy was ever read does a read fail (503).
 */
@Component
public class ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

    /** After a failed refresh the copy held is used, and svc-jobs asked again no sooner than this. */
    private static final Duration RETRY_FAILED_REFRESH_AFTER = Duration.ofMinutes(1);

    private final ReferenceClient client;
    private final ReferenceProperties properties;
    private final Clock clock;
    private final Counter failures;
    private final Object refreshing = new Object();
    private volatile ReferenceSnapshot snapshot;
    private volatile Instant refreshDue = Instant.MIN;

    @Autowired
    ReferenceData(ReferenceClient client, ReferenceProperties properties, MeterRegistry meters) {
        this(client, properties, meters, Clock.systemUTC());
    }

    ReferenceData(ReferenceClient client, ReferenceProperties properties, MeterRegistry meters, Clock clock) {
        this.client = client;
        this.properties = properties;
        this.clock = clock;
        this.failures = Counter.builder("candidates.reference.refresh.failures")
                .description("Failed reads of svc-jobs' reference data (the last good copy stayed in use)")
                .register(meters);
    }

    public List<Profession> professions() {
        return List.copyOf(current().professionsById().values());
    }

    public List<Specialty> specialties() {
        return List.copyOf(current().specialtiesById().values());
    }

    public Optional<Profession> profession(UUID id) {
        return Optional.ofNullable(current().professionsById().get(id));
    }

    public Optional<Specialty> specialty(UUID id) {
        return Optional.ofNullable(current().specialtiesById().get(id));
    }

    /** By code ({@code ICU}), ignoring case. */
    public Optional<Specialty> specialtyByCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(current().specialtiesByCode().get(code.strip().toUpperCase(Locale.ROOT)));
    }

    public List<Certification> certifications() {
        return current().certifications();
    }

    public Optional<Certification> certification(CertificationCode code) {
        return Optional.ofNullable(current().certificationsByCode().get(code));
    }

    private ReferenceSnapshot current() {
        ReferenceSnapshot held = snapshot;
        if (held != null && clock.instant().isBefore(refreshDue)) {
            return held;
        }
        synchronized (refreshing) {
            held = snapshot;
            Instant now = clock.instant();
            if (held != null && now.isBefore(refreshDue)) {
                return held;
            }
            try {
                ReferenceSnapshot read = ReferenceSnapshot.read(client, now);
                snapshot = read;
                refreshDue = now.plus(properties.refreshAfter());
                return read;
            } catch (RuntimeException e) {
                failures.increment();
                if (held == null) {
                    throw new ReferenceDataUnavailableException(properties.retryAfter(), e);
                }
                log.warn("svc-jobs' reference data could not be read ({}); going on with the copy read at {}", e.toString(), held.readAt());
                refreshDue = now.plus(RETRY_FAILED_REFRESH_AFTER.compareTo(properties.refreshAfter()) < 0
                        ? RETRY_FAILED_REFRESH_AFTER : properties.refreshAfter());
                return held;
            }
        }
    }
}
