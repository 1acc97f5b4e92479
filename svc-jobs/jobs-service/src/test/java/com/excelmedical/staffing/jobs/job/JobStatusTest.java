package com.excelmedical.staffing.jobs.job;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class JobStatusTest {

    @Test
    void draftIsPublishedOrDropped() {
        assertThat(JobStatus.DRAFT.next()).containsExactlyInAnyOrder(JobStatus.ACTIVE, JobStatus.CLOSED);
    }

    @Test
    void activeAndOnHoldMoveBackAndForthAndEndFilledOrClosed() {
        assertThat(JobStatus.ACTIVE.canMoveTo(JobStatus.ON_HOLD)).isTrue();
        assertThat(JobStatus.ON_HOLD.canMoveTo(JobStatus.ACTIVE)).isTrue();
        assertThat(JobStatus.ACTIVE.next()).contains(JobStatus.FILLED, JobStatus.CLOSED).doesNotContain(JobStatus.DRAFT);
    }

    @Test
    void endStatesAreFinalAndExpiryIsNeverARecruitersMove() {
        assertThat(JobStatus.FILLED.next()).isEmpty();
        assertThat(JobStatus.CLOSED.next()).isEmpty();
        assertThat(JobStatus.EXPIRED.next()).isEmpty();
        for (JobStatus status : JobStatus.values()) {
            assertThat(status.canMoveTo(JobStatus.EXPIRED)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0}: open {1}, final {2}")
    @CsvSource({"DRAFT, false, false", "ACTIVE, true, false", "ON_HOLD, true, false",
            "FILLED, false, true", "CLOSED, false, true", "EXPIRED, false, true"})
    void openMeansActiveOrOnHoldAndADraftIsNeitherOpenNorFinal(JobStatus status, boolean open, boolean isFinal) {
        assertThat(status.isOpen()).isEqualTo(open);
        assertThat(status.isFinal()).isEqualTo(isFinal);
        assertThat(JobStatus.open().contains(status)).isEqualTo(open);
    }

    @Test
    void codesRoundTrip() {
        for (JobStatus status : JobStatus.values()) {
            assertThat(JobStatus.fromCode(status.code())).contains(status);
        }
        assertThat(JobStatus.fromCode("on_hold")).contains(JobStatus.ON_HOLD);
        assertThat(JobStatus.fromCode("open")).isEmpty();
    }
}
