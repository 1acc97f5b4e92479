package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.candidates.jobs.web.ReferenceClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReferenceDataTest {

    private static final UUID ICU = UUID.randomUUID();
    private static final UUID RN = UUID.randomUUID();

    private final FakeClient client = new FakeClient();
    private final MutableClock clock = new MutableClock();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ReferenceData reference = new ReferenceData(client, new ReferenceProperties(Duration.ofMinutes(10), Duration.ofSeconds(5)), meters, clock);

    @Test
    void readsOnceAndKeepsTheCopyUntilItIsOld() {
        assertThat(reference.specialty(ICU)).hasValueSatisfying(s ->
                assertThat(s.requiredCertifications()).containsExactly(CertificationCode.of("BLS"), CertificationCode.of("ACLS")));
        assertThat(reference.specialtyByCode("icu")).isPresent();
        assertThat(reference.certification(CertificationCode.of("ACLS"))).isPresent();
        assertThat(reference.certification(CertificationCode.of("XYZ"))).isEmpty();
        assertThat(reference.profession(RN)).hasValueSatisfying(p -> assertThat(p.licenseType()).isPresent());
        assertThat(client.reads).hasValue(1);

        clock.advance(Duration.ofMinutes(11));
        reference.certifications();
        assertThat(client.reads).hasValue(2);
    }

    @Test
    void goesOnWithTheLastGoodCopyWhenSvcJobsFails() {
        reference.certifications();
        client.down.set(true);
        clock.advance(Duration.ofMinutes(11));

        assertThat(reference.specialty(ICU)).isPresent();
        assertThat(meters.counter("candidates.reference.refresh.failures").count()).isEqualTo(1.0);
        reference.specialty(ICU);
        assertThat(client.reads).as("a failed refresh is not retried on every read").hasValue(2);
    }

    @Test
    void failsWith503WhenNoCopyWasEverRead() {
        client.down.set(true);
        assertThatThrownBy(() -> reference.specialty(ICU)).isInstanceOf(ReferenceDataUnavailableException.class);
    }

    private static final class FakeClient implements ReferenceClient {
        final AtomicInteger reads = new AtomicInteger();
        final AtomicBoolean down = new AtomicBoolean();

        @Override
        public Items<ProfessionView> professions() {
            reads.incrementAndGet();
            if (down.get()) {
                throw new IllegalStateException("connection refused");
            }
            return new Items<>(List.of(new ProfessionView(RN, "RN", "Registered Nurse")));
        }

        @Override
        public Items<SpecialtyView> specialties() {
            return new Items<>(List.of(new SpecialtyView(ICU, RN, "ICU", "ICU", List.of("BLS", "ACLS"))));
        }

        @Override
        public Items<CertificationView> certifications() {
            return new Items<>(List.of(new CertificationView(UUID.randomUUID(), "BLS", "Basic Life Support"),
                    new CertificationView(UUID.randomUUID(), "ACLS", "Advanced Cardiovascular Life Support")));
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-30T12:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
