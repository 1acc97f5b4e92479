package com.excelmedical.staffing.local.demo;

import com.excelmedical.staffing.local.services.Wiring;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/** What the demo steps share: the gateway, which services run, the admin's token and what earlier steps found. */
public final class DemoContext {

    private final GatewayClient gateway;
    private final Predicate<String> runs;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> facts = new ConcurrentHashMap<>();

    public DemoContext(GatewayClient gateway, Predicate<String> runs) {
        this.gateway = gateway;
        this.runs = runs;
    }

    public GatewayClient gateway() {
        return gateway;
    }

    public boolean runs(String service) {
        return runs.test(service);
    }

    /** The admin svc-identity created at start-up from its bootstrap settings. */
    public String adminToken() {
        return token(Wiring.ADMIN_EMAIL, Wiring.ADMIN_PASSWORD);
    }

    public String token(DemoAccount account) {
        return token(account.email(), account.password());
    }

    private String token(String email, String password) {
        return tokens.computeIfAbsent(email, key -> gateway.signIn(email, password));
    }

    /** A value an earlier step found (e.g. a referral code), for the steps after it. */
    public void remember(String key, String value) {
        facts.put(key, value);
    }

    public String fact(String key) {
        String value = facts.get(key);
        if (value == null) {
            throw new IllegalStateException("no " + key + " yet: the step that finds it runs earlier");
        }
        return value;
    }
}
