package com.excelmedical.staffing.gateway.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.server.PathContainer;

import static org.assertj.core.api.Assertions.assertThat;

class HiddenPathsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/jobs/actuator", "/api/jobs/actuator/prometheus", "/api/jobs/%61ctuator/env",
            "/api/jobs/actuator;a=b/env"})
    void hidesServiceActuatorsHoweverTheyAreSpelled(String path) {
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath(path))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/jobs/actuators-for-sale", "/api/content/pages/actuator-guide"})
    void leavesOtherPathsAlone(String path) {
        assertThat(HiddenPaths.isHidden(PathContainer.parsePath(path))).isFalse();
    }
}
