package com.excelmedical.staffing.local.services;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which lines of a service's log reach the console. */
class LogEchoTest {

    @Test
    void warningsAndErrorsOfPlainTextSpringBootLinesOnly() {
        assertThat(LogEcho.isWarning("2026-11-30T08:34:43.445Z  WARN 22561 --- [gateway] [main] o.s.Foo : careful")).isTrue();
        assertThat(LogEcho.isWarning("2026-11-30T08:34:43.445Z ERROR 22561 --- [jobs] [main] o.s.Bar : broken")).isTrue();
        assertThat(LogEcho.isWarning("2026-11-30T08:34:43.445Z  INFO 22561 --- [jobs] [main] o.s.Bar : WARN in a message")).isFalse();
        assertThat(LogEcho.isWarning("\tat com.example.Foo.bar(Foo.java:12)")).isFalse();
    }
}
