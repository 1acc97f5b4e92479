package com.excelmedical.staffing.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformDefaultsTest {

    private final Map<String, Object> defaults = PlatformDefaults.defaults(new StandardEnvironment());

    @Test
    void servletServicesTrustForwardedHeadersFromLoopbackOnly() {
        assertThat(defaults).containsEntry("server.forward-headers-strategy", "native");
        Pattern trusted = Pattern.compile((String) defaults.get("server.tomcat.remoteip.internal-proxies"));
        assertThat(new String[] {"127.0.0.1", "127.0.0.2", "127.255.10.1", "0:0:0:0:0:0:0:1", "::1"})
                .allMatch(address -> trusted.matcher(address).matches());
        assertThat(new String[] {"203.0.113.5", "10.0.0.1", "172.17.0.1", "192.168.1.1", "1127.0.0.1", "127.0.0.1.5", "::2"})
                .noneMatch(address -> trusted.matcher(address).matches());
    }

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
