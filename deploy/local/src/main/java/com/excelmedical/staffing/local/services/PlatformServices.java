package com.excelmedical.staffing.local.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one list of the platform's processes and how each is configured: only through the environment
 * variables its README documents. A service whose module is not in the tree is left out, so the list can
 * name services before they exist. The gateway comes last: it is the door, opened once the rooms are ready.
 * Connection pools are small: each connection is a PostgreSQL process of its own (about 17 MiB resident), and a
 * local run serves one person at a time. svc-referrals keeps 8: it works through every job's event while the
 * demo data loads, and with 4 the demo referral's reward came 4-8 times later.
 */
public final class PlatformServices {

    public static final ServiceSpec IDENTITY = new ServiceSpec("identity", "svc-identity/identity-service",
            "IDENTITY_PORT", 8081, ServiceSpec.ManagementPort.SAME, "160m", w -> env(w, PlatformServices.IDENTITY,
            w.database("IDENTITY", "identity"), Map.of(
                    "IDENTITY_KEY_ENCRYPTION_KEY", w.identityKey(),
                    "IDENTITY_ADMIN_EMAIL", Wiring.ADMIN_EMAIL,
                    "IDENTITY_ADMIN_PASSWORD", Wiring.ADMIN_PASSWORD)));

    public static final ServiceSpec JOBS = new ServiceSpec("jobs", "svc-jobs/jobs-service",
            "JOBS_PORT", 8082, ServiceSpec.ManagementPort.SAME, "192m", w -> env(w, PlatformServices.JOBS,
            w.database("JOBS", "jobs"), Map.of("JOBS_DB_POOL_SIZE", "4")));

    public static final ServiceSpec CANDIDATES = new ServiceSpec("candidates", "svc-candidates/candidates-service",
            "CANDIDATES_PORT", 8083, ServiceSpec.ManagementPort.SAME, "160m", w -> env(w, PlatformServices.CANDIDATES,
            w.database("CANDIDATES", "candidates"), Map.of("CANDIDATES_DB_POOL_SIZE", "4", "JOBS_SERVICE_URL", w.url(JOBS))));

    public static final ServiceSpec REFERRALS = new ServiceSpec("referrals", "svc-referrals/referrals-service",
            "REFERRALS_PORT", 8084, ServiceSpec.ManagementPort.SAME, "160m", w -> env(w, PlatformServices.REFERRALS,
            w.database("REFERRALS", "referrals"), Map.of("REFERRALS_DB_POOL_SIZE", "8")));

    public static final ServiceSpec CONTENT = new ServiceSpec("content", "svc-content/content-service",
            "CONTENT_PORT", 8085, ServiceSpec.ManagementPort.SAME, "160m", w -> env(w, PlatformServices.CONTENT,
            Map.of("CONTENT_MONGO_URI", w.mongo("content")), Map.of()));

    public static final ServiceSpec GATEWAY = new ServiceSpec("gateway", "gateway",
            "GATEWAY_PORT", 8080, new ServiceSpec.ManagementPort("GATEWAY_MANAGEMENT_PORT", 9080), "128m",
            PlatformServices::gateway);

    private static final List<ServiceSpec> ALL = List.of(IDENTITY, JOBS, CANDIDATES, REFERRALS, CONTENT, GATEWAY);
    private static final List<ServiceSpec> BEHIND_THE_GATEWAY = List.of(IDENTITY, JOBS, CANDIDATES, REFERRALS, CONTENT);

    private PlatformServices() {
    }

    /** The services whose module exists under {@code root}, in start order. */
    public static List<ServiceSpec> present(Path root) {
        return ALL.stream().filter(service -> Files.isDirectory(root.resolve(service.module()))).toList();
    }

    private static Map<String, String> gateway(Wiring w) {
        Map<String, String> env = new LinkedHashMap<>(common(w, GATEWAY));
        env.put("MANAGEMENT_PORT", String.valueOf(w.managementPort(GATEWAY)));
        BEHIND_THE_GATEWAY.forEach(service -> env.put(service.name().toUpperCase() + "_URL", w.url(service)));
        env.putAll(w.tokens());
        // a local run signs in and registers more often than one person at a browser (demo data, the end-to-end
        // test): 60 a minute per address instead of 5
        env.put("GATEWAY_RATELIMIT_CREDENTIALS_CAPACITY", "60");
        env.put("GATEWAY_RATELIMIT_CREDENTIALS_REFILL", "60");
        // the first calls reach services whose code is still cold (and a sign-in costs a bcrypt check): 5 s is
        // the production budget, a laptop busy starting six JVMs needs more
        env.put("GATEWAY_TIMEOUT", "20s");
        return env;
    }

    private static Map<String, String> env(Wiring w, ServiceSpec service, Map<String, String> store, Map<String, String> own) {
        Map<String, String> env = new LinkedHashMap<>(common(w, service));
        env.putAll(store);
        env.putAll(w.tokens());
        env.putAll(own);
        return env;
    }

    private static Map<String, String> common(Wiring w, ServiceSpec service) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", String.valueOf(w.port(service)));
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("KAFKA_BOOTSTRAP_SERVERS", w.kafka());
        // the services start together: a consumer may subscribe while a topic has the broker's default partitions,
        // before its owner raises them; it then sees the new partitions at its next metadata refresh (5 minutes
        // by default), and the events keyed to them wait that long. Every 5 s instead.
        env.put("SPRING_KAFKA_CONSUMER_PROPERTIES_METADATA_MAX_AGE_MS", "5000");
        // plain-text logs (JSON otherwise) and svc-identity's full links in the mails it logs
        env.put("SPRING_PROFILES_ACTIVE", "local");
        return env;
    }

    /** Every service's name, for messages. */
    public static String names(List<ServiceSpec> services) {
        return String.join(", ", services.stream().map(ServiceSpec::name).toList());
    }
}
