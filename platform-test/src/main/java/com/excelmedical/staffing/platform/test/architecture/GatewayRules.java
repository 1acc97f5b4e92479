package com.excelmedical.staffing.platform.test.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules that apply to the gateway, which has no domain and whose every filter handles HTTP: it
 * knows the services only through their event contracts, and its feature packages form no cycle.
 */
public final class GatewayRules {

    @ArchTest
    public static final ArchRule OTHER_SERVICES_ONLY_THROUGH_THEIR_EVENTS = ArchitectureRules.otherServicesOnlyThroughTheirEvents();
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_FEATURES = ArchitectureRules.noCyclesBetweenFeatures();

    private GatewayRules() {
    }
}
