package com.excelmedical.staffing.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTest {

    @Test
    void portsListenOnLoopbackUnlessBindAddressSaysOtherwise() {
        MockEnvironment environment = new MockEnvironment();
        new PlatformDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
        assertThat(environment.getProperty("management.server.address")).isNull();

        MockEnvironment container = new MockEnvironment().withProperty("BIND_ADDRESS", "0.0.0.0");
        new PlatformDefaults().postProcessEnvironment(container, null);
        assertThat(container.getProperty("server.address")).isEqualTo("0.0.0.0");
    }

    @Test
    void aSeparateManagementPortListensOnTheSameAddress() {
        MockEnvironment environment = new MockEnvironment().withProperty("management.server.port", "9080");
        new PlatformDefaults().postProcessEnvironment(environment, null);

        assertThat(environment.getProperty("management.server.address")).isEqualTo("127.0.0.1");
    }
}
