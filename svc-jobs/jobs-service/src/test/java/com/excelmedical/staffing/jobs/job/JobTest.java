package com.excelmedical.staffing.jobs.job;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JobTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");

    @Test
    void draftGetsItsPublicationDateWhenFirstActivated() {
        Job job = Job.create(UUID.randomUUID(), fields(2, null), JobStatus.DRAFT, UUID.randomUUID(), NOW);
        assertThat(job.publishedAt()).isNull();

        assertThat(job.changeStatus(JobStatus.ACTIVE, NOW)).isTrue();
        job.changeStatus(JobStatus.ON_HOLD, NOW);
        assertThat(job.changeStatus(JobStatus.ACTIVE, NOW.plusSeconds(60))).isFalse();
        assertThat(job.publishedAt()).isEqualTo(NOW);
    }

    @Test
    void illegalTransitionIsRefused() {
        Job job = Job.create(UUID.randomUUID(), fields(1, null), JobStatus.ACTIVE, UUID.randomUUID(), NOW);
        job.changeStatus(JobStatus.CLOSED, NOW);

        assertThatThrownBy(() -> job.changeStatus(JobStatus.ACTIVE, NOW)).isInstanceOf(IllegalJobTransitionException.class);
        assertThatThrownBy(() -> job.edit(fields(1, null), NOW)).isInstanceOf(JobNotEditableException.class);
    }

    @Test
    void lastPlacementFillsTheJob() {
        Job job = Job.create(UUID.randomUUID(), fields(2, null), JobStatus.ACTIVE, UUID.randomUUID(), NOW);

        assertThat(job.fillOpening(NOW)).isEmpty();
        assertThat(job.fillOpening(NOW)).contains(JobStatus.ACTIVE);
        assertThat(job.status()).isEqualTo(JobStatus.FILLED);
        assertThat(job.openings()).isZero();
        assertThat(job.fillOpening(NOW)).isEmpty();
        assertThat(job.openings()).isZero();
    }

    @Test
    void onlyAnOpenJobPastItsEndDateExpires() {
        Job ended = Job.create(UUID.randomUUID(), fields(1, LocalDate.of(2030, 3, 1)), JobStatus.ACTIVE, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> ended.expire(LocalDate.of(2030, 3, 1), NOW)).isInstanceOf(IllegalJobTransitionException.class);

        ended.expire(LocalDate.of(2030, 3, 2), NOW);

        assertThat(ended.status()).isEqualTo(JobStatus.EXPIRED);
    }

    @Test
    void ownershipIsTheRecruiterWhoCreatedIt() {
        UUID recruiter = UUID.randomUUID();
        Job job = Job.create(UUID.randomUUID(), fields(1, null), JobStatus.DRAFT, recruiter, NOW);

        assertThat(job.isOwnedBy(recruiter)).isTrue();
        assertThat(job.isOwnedBy(UUID.randomUUID())).isFalse();
    }

    private static JobFields fields(int openings, LocalDate endDate) {
        return new JobFields("Travel ICU RN", "ICU nights", UUID.randomUUID(), UUID.randomUUID(), "ICU", "travel", "General Hospital",
                null, "Houston", "TX", null, null, null, LocalDate.of(2030, 1, 10), endDate, false, 13, "night", null, null,
                null, null, new BigDecimal("2400"), null, null, openings, false, false, null, null, null, null, List.of(), List.of());
    }
}
