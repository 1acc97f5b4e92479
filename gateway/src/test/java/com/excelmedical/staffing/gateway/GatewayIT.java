package com.excelmedical.staffing.gateway;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The real gateway on a random port in front of real HTTP servers standing in for the five services, and
 * a real Kafka broker for the revocations svc-identity would publish.
 * Every IT class extends this one, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@UseDevStack(kafka = true)
abstract class GatewayIT {

    protected static final TestTokens TOKENS = TestTokens.shared();

    static final List<String> AREAS = List.of("identity", "jobs", "candidates", "referrals", "content");
    static final Map<String, StandIn> SERVICES = new LinkedHashMap<>();

    static {
        AREAS.forEach(area -> SERVICES.put(area, new StandIn(area)));
    }

    @LocalServerPort
    int port;

    @LocalManagementPort
    int managementPort;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((area, service) -> registry.add("gateway.areas." + area + ".url", service::url));
        registry.add("staffing.security.jwk-set-uri", TOKENS::jwkSetUri);
    }

    WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    /** A client whose connections come from {@code ip} (any 127.x.y.z address is this machine's loopback). */
    WebTestClient clientFrom(String ip) {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(from(ip)))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15)).build();
    }

    /** A raw HTTP client (paths go out exactly as written) whose connections come from {@code ip}. */
    HttpClient from(String ip) {
        return HttpClient.create().bindAddress(() -> new InetSocketAddress(ip, 0))
                .baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(15));
    }

    WebTestClient management() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + managementPort)
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
                .responseTimeout(Duration.ofSeconds(15)).build();
    }

    static StandIn service(String area) {
        return SERVICES.get(area);
    }

    /** A token for a user nobody else uses, so the user's rate-limit bucket is fresh. */
    static String bearer() {
        return "Bearer " + TOKENS.forUser(UUID.randomUUID(), "candidate");
    }

    /** A loopback address nobody else uses (not 127.0.0.1, which {@link #client()} comes from). */
    static String someClientIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
