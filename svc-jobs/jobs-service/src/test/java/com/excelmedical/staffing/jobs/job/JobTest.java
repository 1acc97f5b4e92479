package com.excelmedical.staffing.jobs.job;

import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
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
        assertThat(job.takeEvents()).isEmpty();

        job.changeStatus(JobStatus.ACTIVE, NOW);
        assertThat(job.takeEvents()).singleElement().isInstanceOf(JobPublished.class);
        job.changeStatus(JobStatus.ON_HOLD, NOW);
        job.changeStatus(JobStatus.ACTIVE, NOW.plusSeconds(60));
        assertThat(job.takeEvents()).hasSize(2).allSatisfy(event -> assertThat(event).isInstanceOf(JobStatusChanged.class));
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

        job.takeEvents();

        job.fillOpening(NOW);
        assertThat(job.takeEvents()).singleElement().isInstanceOf(JobUpdated.class);
        job.fillOpening(NOW);
        assertThat(job.takeEvents()).singleElement().isInstanceOfSatisfying(JobStatusChanged.class, changed -> {
            assertThat(changed.fromStatus()).isEqualTo("active");
            assertThat(changed.status()).isEqualTo("filled");
        });
        assertThat(job.status()).isEqualTo(JobStatus.FILLED);
        assertThat(job.openings()).isZero();
        job.fillOpening(NOW);
        assertThat(job.takeEvents()).singleElement().isInstanceOf(JobUpdated.class);
        assertThat(job.openings()).isZero();
    }

    @Test
    void onlyAnOpenJobPastItsEndDateExpires() {
        Job ended = Job.create(UUID.randomUUID(), fields(1, LocalDate.of(2030, 3, 1)), JobStatus.ACTIVE, UUID.randomUUID(), NOW);
        assertThatThrownBy(() -> ended.expire(LocalDate.of(2030, 3, 1), NOW)).isInstanceOf(IllegalJobTransitionException.class);

        ended.takeEvents();
        ended.expire(LocalDate.of(2030, 3, 2), NOW);

        assertThat(ended.status()).isEqualTo(JobStatus.EXPIRED);
        assertThat(ended.takeEvents()).singleElement().isInstanceOfSatisfying(JobStatusChanged.class,
                changed -> assertThat(changed.fromStatus()).isEqualTo("active"));
    }

    @Test
    void ownershipIsTheRecruiterWhoCreatedIt() {
        UUID recruiter = UUID.randomUUID();
        Job job = Job.create(UUID.randomUUID(), fields(1, null), JobStatus.DRAFT, recruiter, NOW);

        assertThat(job.isOwnedBy(recruiter)).isTrue();
        assertThat(job.isOwnedBy(UUID.randomUUID())).isFalse();
    }

    @Test
    void payIsNeverNegative() {
        assertThatThrownBy(() -> Money.usd(new BigDecimal("-0.01"))).isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.usd(BigDecimal.ZERO).currency().getCurrencyCode()).isEqualTo(Money.CURRENCY);
        assertThat(Money.usd(null)).isNull();
    }

    @Test
    void anEditOfAPublishedJobIsAnUpdateAndOfADraftNothingYet() {
        Job draft = Job.create(UUID.randomUUID(), fields(1, null), JobStatus.DRAFT, UUID.randomUUID(), NOW);
        draft.edit(fields(2, null), NOW);
        assertThat(draft.takeEvents()).isEmpty();

        Job active = Job.create(UUID.randomUUID(), fields(1, null), JobStatus.ACTIVE, UUID.randomUUID(), NOW);
        assertThat(active.takeEvents()).singleElement().isInstanceOf(JobPublished.class);
        active.edit(fields(2, null), NOW);
        assertThat(active.takeEvents()).singleElement().isInstanceOf(JobUpdated.class);
    }

    private static JobFields fields(int openings, LocalDate endDate) {
        return new JobFields("Travel ICU RN", "ICU nights", UUID.randomUUID(), UUID.randomUUID(), "ICU", JobType.TRAVEL,
                "General Hospital", new Location(null, "Houston", "TX", null, null, null),
                new Schedule(LocalDate.of(2030, 1, 10), endDate, false, 13, Shift.NIGHT, null, null, null),
                Pay.usd(null, new BigDecimal("2400"), null, null), openings, false, false, null, null, null, null, List.of(), List.of());
    }
}
