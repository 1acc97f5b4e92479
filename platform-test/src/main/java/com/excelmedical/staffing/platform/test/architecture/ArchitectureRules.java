package com.excelmedical.staffing.platform.test.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.util.Arrays;
import java.util.Set;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The platform's architecture rules, by package and layer. A service runs them with
 * {@link ServiceRules}, the gateway (which has no domain) with {@link GatewayRules}.
 */
final class ArchitectureRules {

    static final String ROOT = "com.excelmedical.staffing.";
    /** Packages under {@link #ROOT} every service may use: the starter, the devstack, the event base types. */
    private static final Set<String> SHARED = Set.of("platform", "devstack", "events");
    private static final String DOMAIN_EXCEPTION = ROOT + "platform.problems.DomainException";
    private static final String REQUEST_INPUT_EXCEPTION = ROOT + "platform.problems.InvalidInputException";

    private static final String JDBC = "org.springframework.jdbc..";
    private static final String[] HTTP = {"org.springframework.web..", "org.springframework.http..", "jakarta.servlet.."};
    private static final String[] MESSAGING_AND_CLIENTS = {"org.apache.kafka..", "org.springframework.kafka..", "feign..",
            "org.springframework.cloud.openfeign.."};
    /** The web infrastructure of a service: filters, argument resolvers, security and error handling. */
    private static final String[] WEB_INFRASTRUCTURE = {"..web..", "..security..", "..problems.."};

    static final DescribedPredicate<JavaClass> WEB_CLASSES = DescribedPredicate.describe(
            "controllers, advices, requests and responses (by name) and web infrastructure (packages "
                    + String.join(", ", WEB_INFRASTRUCTURE) + ")",
            type -> endsWithAny(outerName(type), "Controller", "Advice", "Request", "Response")
                    || resideInAnyPackage(WEB_INFRASTRUCTURE).test(type));

    private static final DescribedPredicate<JavaClass> DOMAIN_EXCEPTIONS = DescribedPredicate.describe(
            "domain exceptions", type -> type.isAssignableTo(DOMAIN_EXCEPTION));

    private static final DescribedPredicate<JavaClass> AGGREGATES_AND_VALUE_OBJECTS = DescribedPredicate.describe(
            "aggregates and value objects (JPA entities and embeddables, enums, records other than requests and responses)",
            type -> type.isAnnotatedWith("jakarta.persistence.Entity") || type.isAnnotatedWith("jakarta.persistence.Embeddable")
                    || type.isEnum() || (type.isAssignableTo("java.lang.Record") && !WEB_CLASSES.test(type)));

    /** What a domain exception may name of HTTP: the status and headers its problem details carry. */
    private static final DescribedPredicate<JavaClass> PROBLEM_STATUS_AND_HEADERS = DescribedPredicate.describe(
            "HttpStatus and HttpHeaders", type -> type.getName().equals("org.springframework.http.HttpStatus")
                    || type.getName().equals("org.springframework.http.HttpHeaders"));

    private ArchitectureRules() {
    }

    static ArchRule domainKnowsNoWebMessagingOrClients() {
        return noClasses().that(AGGREGATES_AND_VALUE_OBJECTS)
                .should().dependOnClassesThat().resideInAnyPackage(concat(concat(HTTP, MESSAGING_AND_CLIENTS), new String[] {JDBC}))
                .as("aggregates and value objects import nothing from web, HTTP, JDBC, Kafka or Feign");
    }

    static ArchRule domainExceptionsNameOnlyTheirProblemStatus() {
        return noClasses().that(DOMAIN_EXCEPTIONS)
                .should().dependOnClassesThat(resideInAnyPackage(concat(HTTP, MESSAGING_AND_CLIENTS))
                        .and(DescribedPredicate.not(PROBLEM_STATUS_AND_HEADERS)))
                .as("domain exceptions import nothing from web, HTTP, Kafka or Feign but the status and headers of their problem details");
    }

    static ArchRule domainThrowsNoRequestInputExceptions() {
        return noClasses().that().areAnnotatedWith("jakarta.persistence.Entity").or(DOMAIN_EXCEPTIONS)
                .should().dependOnClassesThat().areAssignableTo(REQUEST_INPUT_EXCEPTION)
                .as("aggregates throw, and domain exceptions extend, no request-input exception (InvalidInputException)");
    }

    static ArchRule onlyWebClassesTouchHttp() {
        return noClasses().that(DescribedPredicate.not(WEB_CLASSES.or(DOMAIN_EXCEPTIONS)))
                .should().dependOnClassesThat().resideInAnyPackage(HTTP)
                .as("only controllers, advices, requests and responses (*Controller, *Advice, *Request, *Response) and the "
                        + "web infrastructure (packages " + String.join(", ", WEB_INFRASTRUCTURE) + ") touch HTTP types "
                        + String.join(", ", HTTP) + "; domain exceptions are held to their problem status by another rule");
    }

    static ArchRule controllersReturnNoEntities() {
        return noMethods().that().areDeclaredInClassesThat().areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
                .should().haveRawReturnType(DescribedPredicate.describe("a JPA entity",
                        type -> type.isAnnotatedWith("jakarta.persistence.Entity")))
                .as("controllers return responses, never JPA entities");
    }

    static ArchRule otherServicesOnlyThroughTheirEvents() {
        return classes().should(new ArchCondition<>("use another service only through its ..events.. contract") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                String own = service(type.getPackageName());
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String other = service(target);
                    if (own != null && other != null && !other.equals(own) && !(target + ".").contains(".events.")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).as("no service imports another service's classes, only its ..events.. contract packages");
    }

    static ArchRule noCyclesBetweenFeatures() {
        return slices().matching(ROOT + "(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles()
                .as("no cycles between feature packages (" + ROOT + "<service>.<feature>)");
    }

    /** The service a package belongs to, or null for shared and outside packages. */
    private static String service(String packageName) {
        if (!packageName.startsWith(ROOT)) {
            return null;
        }
        String rest = packageName.substring(ROOT.length());
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return SHARED.contains(first) ? null : first;
    }

    /** A nested class (a record's builder, a lambda's holder) belongs to the layer of its outermost class. */
    private static String outerName(JavaClass type) {
        String simple = type.getName().substring(type.getPackageName().length() + 1);
        int nested = simple.indexOf('$');
        return nested < 0 ? simple : simple.substring(0, nested);
    }

    private static boolean endsWithAny(String name, String... suffixes) {
        for (String suffix : suffixes) {
            if (name.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
