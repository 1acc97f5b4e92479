package com.excelmedical.staffing.local.services;

import com.excelmedical.staffing.devstack.DatabaseLogin;
import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.local.platform.Ports;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a service's environment is made from: the infrastructure's addresses, a database login of its own,
 * the other services' ports and the identity settings every service shares.
 */
public final class Wiring {

    /** The first admin, created by svc-identity at start-up from its bootstrap settings. */
    public static final String ADMIN_EMAIL = "admin@staffing.local";
    public static final String ADMIN_PASSWORD = "demo admin passphrase";

    private final DevStack stack;
    private final Ports ports;
    private final String identityKey;

    public Wiring(DevStack stack, Ports ports, String identityKey) {
        this.stack = stack;
        this.ports = ports;
        this.identityKey = identityKey;
    }

    /** {@code <PREFIX>_DB_URL}, {@code _USER}, {@code _PASSWORD} of a login that reaches only this database. */
    public Map<String, String> database(String prefix, String database) {
        DatabaseLogin login = stack.postgres().login(database);
        Map<String, String> env = new LinkedHashMap<>();
        env.put(prefix + "_DB_URL", login.jdbcUrl());
        env.put(prefix + "_DB_USER", login.username());
        env.put(prefix + "_DB_PASSWORD", login.password());
        return env;
    }

    public String kafka() {
        return stack.kafka().bootstrapServers();
    }

    public String mongo(String database) {
        return stack.mongo().connectionString(database);
    }

    public String url(ServiceSpec service) {
        return "http://127.0.0.1:" + port(service);
    }

    public int port(ServiceSpec service) {
        return ports.port(service.portVariable(), service.defaultPort());
    }

    public int managementPort(ServiceSpec service) {
        return service.managementPort().separate()
                ? ports.port(service.managementPort().variable(), service.managementPort().defaultPort())
                : port(service);
    }

    /** {@code IDENTITY_ISSUER} and {@code IDENTITY_JWKS_URI}: how every service and the gateway check tokens. */
    public Map<String, String> tokens() {
        String identity = url(PlatformServices.IDENTITY);
        return Map.of("IDENTITY_ISSUER", identity + "/identity",
                "IDENTITY_JWKS_URI", identity + "/identity/.well-known/jwks.json");
    }

    public String identityKey() {
        return identityKey;
    }
}
