package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service believes {@code X-Forwarded-For} / {@code X-Forwarded-Proto} only from a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies}; here 127.0.0.2 stands for the gateway) and records
 * anyone else's TCP address, whatever they claim.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UseDevStack(postgres = "starter", kafka = true)
class ForwardedAddressIT {

    private static final String PROXY = "127.0.0.2";
    private static final String SPOOFED = "203.0.113.5";

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TestTokens.shared()::jwkSetUri);
        registry.add("server.tomcat.remoteip.internal-proxies", () -> "127\\.0\\.0\\.2");
    }

    @Test
    void aTrustedProxysForwardedAddressAndSchemeAreUsed() throws Exception {
        assertThat(call(PROXY, SPOOFED)).contains("\"address\":\"" + SPOOFED + "\"", "\"scheme\":\"https\"");
    }

    @Test
    void anyoneElsesForwardedHeadersAreIgnored() throws Exception {
        assertThat(call("127.0.0.1", SPOOFED)).contains("\"address\":\"127.0.0.1\"", "\"scheme\":\"http\"")
                .doesNotContain(SPOOFED);
    }

    @Test
    void aTrustedProxyWithoutForwardedHeadersIsTheClient() throws Exception {
        assertThat(call(PROXY, null)).contains("\"address\":\"" + PROXY + "\"");
    }

    private String call(String from, String forwardedFor) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from))
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/public/client"))
                    .timeout(Duration.ofSeconds(10));
            if (forwardedFor != null) {
                request.header("X-Forwarded-For", forwardedFor).header("X-Forwarded-Proto", "https");
            }
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
