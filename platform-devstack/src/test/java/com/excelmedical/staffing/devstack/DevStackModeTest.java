package com.excelmedical.staffing.devstack;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevStackModeTest {

    private static DevStackMode resolve(Map<String, String> properties, Map<String, String> env, boolean docker) {
        return DevStackMode.resolve(properties::get, env::get, () -> docker);
    }

    @Test
    void autoUsesContainersOnlyWhenDockerIsThere() {
        assertThat(resolve(Map.of(), Map.of(), true)).isEqualTo(DevStackMode.CONTAINERS);
        assertThat(resolve(Map.of(), Map.of(), false)).isEqualTo(DevStackMode.EMBEDDED);
    }

    @Test
    void propertyForcesEitherModeWhateverDockerSays() {
        assertThat(resolve(Map.of("devstack.mode", "embedded"), Map.of(), true)).isEqualTo(DevStackMode.EMBEDDED);
        assertThat(resolve(Map.of("devstack.mode", "Containers"), Map.of(), false)).isEqualTo(DevStackMode.CONTAINERS);
    }

    @Test
    void propertyWinsOverEnvironmentVariable() {
        assertThat(resolve(Map.of("devstack.mode", "embedded"), Map.of("DEVSTACK_MODE", "containers"), true))
                .isEqualTo(DevStackMode.EMBEDDED);
        assertThat(resolve(Map.of(), Map.of("DEVSTACK_MODE", "embedded"), true)).isEqualTo(DevStackMode.EMBEDDED);
    }

    @Test
    void rejectsUnknownMode() {
        assertThatThrownBy(() -> resolve(Map.of("devstack.mode", "docker"), Map.of(), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("devstack.mode");
    }
}
