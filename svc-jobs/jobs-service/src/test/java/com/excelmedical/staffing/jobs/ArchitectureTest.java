package com.excelmedical.staffing.jobs;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.excelmedical.staffing.jobs");

    @Test
    void theAggregateKnowsNothingOfWebOrJdbc() {
        noClasses().that().haveSimpleNameStartingWith("Job").and().resideInAPackage("..jobs.job")
                .and().haveSimpleNameNotEndingWith("Controller").and().haveSimpleNameNotEndingWith("Service")
                .and().haveSimpleNameNotEndingWith("Expiry")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "org.springframework.jdbc..")
                .check(classes);
    }

    @Test
    void otherServicesAreKnownOnlyThroughTheirEventContracts() {
        noClasses().should().dependOnClassesThat(resideInAnyPackage("com.excelmedical.staffing.candidates..",
                        "com.excelmedical.staffing.identity..", "com.excelmedical.staffing.referrals..", "com.excelmedical.staffing.content..")
                        .and(DescribedPredicate.not(resideInAnyPackage("..events"))))
                .check(classes);
    }
}
