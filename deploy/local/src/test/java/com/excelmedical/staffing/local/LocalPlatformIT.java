package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.demo.DemoAccount;
import com.excelmedical.staffing.local.demo.DemoContext;
import com.excelmedical.staffing.local.demo.DemoData;
import com.excelmedical.staffing.local.demo.GatewayClient;
import com.excelmedical.staffing.local.platform.LocalPlatform;
import com.excelmedical.staffing.local.platform.LocalSettings;
import com.excelmedical.staffing.local.services.PlatformServices;
import com.excelmedical.staffing.local.services.ServiceSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The platform as {@code deploy/local/run} starts it (same launcher code, every service's jar as its own
 * process), driven only through the gateway; stopped at the end with no process left behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalPlatformIT {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path ROOT = MODULE.resolve("../..").normalize();

    private LocalPlatform platform;
    private GatewayClient gateway;

    @BeforeAll
    void start() {
        // a failed start stops what it had started, and leaves the field unset
        platform = LocalPlatform.start(LocalSettings.forTest(ROOT, MODULE.resolve("target/local-platform")), System.out);
        gateway = new GatewayClient(platform.gateway());
        DemoData.load(new DemoContext(gateway, platform::runs), System.out);
        System.out.printf("platform ready after %.1f s%n", platform.readyAfter().toMillis() / 1000.0);
    }

    @Test
    void everyServiceAnswersThroughTheGateway() {
        assertThat(behindTheGateway()).extracting(ServiceSpec::name).contains("identity", "jobs", "candidates", "referrals", "content");
        for (ServiceSpec service : behindTheGateway()) {
            JsonNode document = gateway.get("/api/" + service.name() + "/v3/api-docs", null).requireStatus(200).body();
            assertThat(document.path("openapi").asString()).as(service.name()).startsWith("3.");
        }
    }

    @Test
    void demoDataIsThere() {
        // 2,000 imported; the demo referral's placement fills one of them when it had a single opening, and a
        // filled job leaves the public listing
        assertThat(gateway.get("/api/jobs?size=1", null).requireStatus(200).body().path("totalItems").asLong())
                .isGreaterThanOrEqualTo(1_999);
        String anna = gateway.signIn(DemoAccount.CANDIDATE_A.email(), DemoAccount.CANDIDATE_A.password());
        assertThat(gateway.get("/api/candidates/applications", anna).requireStatus(200).body().path("items")).hasSize(3);
        JsonNode referral = gateway.get("/api/referrals/me", anna).requireStatus(200).body().path("items").get(0);
        assertThat(referral.path("status").asString()).isEqualTo("placed");
        assertThat(referral.path("reward").path("status").asString()).isEqualTo("pending");
        assertThat(gateway.get("/api/content/pages?type=city_guide", null).requireStatus(200).body().path("totalItems")
                .asLong()).isEqualTo(3);
        assertThat(gateway.get("/api/content/pages?type=specialty_guide", null).requireStatus(200).body()
                .path("totalItems").asLong()).isEqualTo(2);
    }

    @Test
    void swaggerUiListsEveryServiceApi() {
        SwaggerUiCheck.run(platform.gateway(), behindTheGateway().stream().map(ServiceSpec::name).toList(),
                MODULE.resolve("target"));
    }

    @Test
    void headlineJourney() {
        assertThat(List.of("identity", "jobs", "candidates", "referrals", "content")).allMatch(platform::runs);
        Journey journey = new Journey(gateway);
        journey.aRegisters();
        journey.bRegistersWithTheReferralCodeOfA();
        journey.aRecruiterPostsAnActiveJob();
        journey.bFindsTheJob();
        journey.bApplies();
        journey.theRecruiterMovesTheApplicationToPlaced();
        journey.aSeesTheReferralPlacedWithOnePendingReward();
        journey.bsHistoryShowsEveryStep();
        journey.theJobHasOneOpeningFewer();
        journey.theLandingPageOfItsSpecialtyAndCityCountsIt();
    }

    @AfterAll
    void stopLeavesNoProcess() {
        if (platform == null) {
            return;
        }
        if (gateway != null) {
            gateway.close();
        }
        List<ProcessHandle> processes = platform.allProcesses();
        assertThat(processes).hasSizeGreaterThanOrEqualTo(platform.services().size());
        platform.close();
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(processes).noneMatch(ProcessHandle::isAlive));
    }

    private List<ServiceSpec> behindTheGateway() {
        return platform.services().stream().filter(service -> service != PlatformServices.GATEWAY).toList();
    }
}
