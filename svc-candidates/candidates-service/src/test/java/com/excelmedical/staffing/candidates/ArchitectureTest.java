package com.excelmedical.staffing.candidates;

import com.excelmedical.staffing.platform.test.architecture.ServiceRules;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** The platform's architecture rules, checked on this service's production classes. */
@AnalyzeClasses(packages = "com.excelmedical.staffing.candidates", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchTests PLATFORM_RULES = ArchTests.in(ServiceRules.class);
}
