package com.excelmedical.staffing.platform.problems;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    @Test
    void constraintViolationIsLoggedByConstraintNameWithoutTheOffendingValues() {
        String postgres = "ERROR: duplicate key value violates unique constraint \"users_email_key\"\n"
                + "  Detail: Key (email)=(jane.doe@example.com) already exists.";

        String logged = ProblemDetailsAdvice.withoutValues(postgres);

        assertThat(logged).isEqualTo("ERROR: duplicate key value violates unique constraint \"users_email_key\"");
        assertThat(logged).doesNotContain("jane.doe");
    }

    @Test
    void messageWithoutDetailOrWithoutTextIsKeptReadable() {
        assertThat(ProblemDetailsAdvice.withoutValues("check constraint violated")).isEqualTo("check constraint violated");
        assertThat(ProblemDetailsAdvice.withoutValues(null)).isEqualTo("(no message)");
    }
}
