package com.excelmedical.staffing.identity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.excelmedical.staffing.identity");

    @Test
    void entitiesDoNotDependOnTheWebLayer() {
        noClasses().that().areAnnotatedWith(Entity.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverReturnEntities() {
        noMethods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe("an entity",
                        type -> type.isAnnotatedWith(Entity.class)))
                .check(CLASSES);
    }

    @Test
    void doesNotDependOnOtherServices() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.excelmedical.staffing.jobs..", "com.excelmedical.staffing.candidates..",
                        "com.excelmedical.staffing.referrals..", "com.excelmedical.staffing.content..")
                .check(CLASSES);
    }
}
