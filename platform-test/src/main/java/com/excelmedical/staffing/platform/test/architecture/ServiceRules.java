package com.excelmedical.staffing.platform.test.architecture;

import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The architecture rules of a service, for {@code ArchTests.in(ServiceRules.class)} in a test class
 * annotated {@code @AnalyzeClasses(packages = "com.excelmedical.staffing.<service>",
 * importOptions = ImportOption.DoNotIncludeTests.class)}.
 */
public final class ServiceRules {

    @ArchTest
    public static final ArchRule DOMAIN_KNOWS_NO_WEB_MESSAGING_OR_CLIENTS = ArchitectureRules.domainKnowsNoWebMessagingOrClients();
    @ArchTest
    public static final ArchRule DOMAIN_EXCEPTIONS_NAME_ONLY_THEIR_PROBLEM_STATUS = ArchitectureRules.domainExceptionsNameOnlyTheirProblemStatus();
    @ArchTest
    public static final ArchRule DOMAIN_THROWS_NO_REQUEST_INPUT_EXCEPTIONS = ArchitectureRules.domainThrowsNoRequestInputExceptions();
    @ArchTest
    public static final ArchRule ONLY_WEB_CLASSES_TOUCH_HTTP = ArchitectureRules.onlyWebClassesTouchHttp();
    @ArchTest
    public static final ArchRule CONTROLLERS_RETURN_NO_ENTITIES = ArchitectureRules.controllersReturnNoEntities();
    @ArchTest
    public static final ArchRule OTHER_SERVICES_ONLY_THROUGH_THEIR_EVENTS = ArchitectureRules.otherServicesOnlyThroughTheirEvents();
    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_FEATURES = ArchitectureRules.noCyclesBetweenFeatures();

    private ServiceRules() {
    }
}
