package com.excelmedical.staffing.gateway.web;

import org.junit.jupiter.api.Test;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class HiddenPathsTest {

    @Test
    void hidesServiceActuatorsHoweverTheyAreSpelled() {
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/jobs/actuator"))).isTrue();
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/jobs/actuator/prometheus"))).isTrue();
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/jobs/%61ctuator/env"))).isTrue();
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/jobs/actuator;a=b/env"))).isTrue();
    }

    @Test
    void leavesOtherPathsAlone() {
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/jobs/actuators-for-sale"))).isFalse();
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath("/api/content/pages/actuator-guide"))).isFalse();
    }
}
