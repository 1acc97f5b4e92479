package com.excelmedical.staffing.content.reference;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceDataTest {

    private final ReferenceData reference = new ReferenceData();

    @Test
    void specialtyIdsAreTheOnesSvcJobsGivesThem() {
        // select md5('specialty:ICU')::uuid in svc-jobs' database
        assertThat(reference.specialtyBySlug("icu").orElseThrow().id()).isEqualTo(UUID.fromString("125029d6-cd4a-5bb2-7066-f94bfac1d7ab"));
        assertThat(reference.specialtyBySlug("labor-and-delivery").orElseThrow().code()).isEqualTo("LD");
        assertThat(reference.specialtyBySlug("emergency-room")).isPresent();
        assertThat(reference.specialtyBySlug("astronaut")).isEmpty();
    }

    @Test
    void knowsEveryStateOfSvcJobsAndNothingElse() {
        assertThat(reference.isState("TX")).isTrue();
        assertThat(reference.isState("DC")).isTrue();
        assertThat(reference.isState("ZZ")).isFalse();
        assertThat(reference.isState(null)).isFalse();
    }
}
