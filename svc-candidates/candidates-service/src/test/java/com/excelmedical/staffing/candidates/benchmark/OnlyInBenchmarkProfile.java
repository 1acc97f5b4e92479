package com.excelmedical.staffing.candidates.benchmark;

import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A benchmark runs only in the {@code -Pbenchmark} profile (which sets {@code benchmark.run}), never in a
 * test run whose class filter happens to match its name.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfSystemProperty(named = "benchmark.run", matches = "true",
        disabledReason = "benchmarks run in the -Pbenchmark profile only")
@interface OnlyInBenchmarkProfile {
}
