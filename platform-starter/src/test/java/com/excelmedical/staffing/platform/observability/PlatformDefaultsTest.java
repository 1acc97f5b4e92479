package com.excelmedical.staffing.platform.observability;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

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
}
