package com.excelmedical.staffing.platform.problems;

import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemDetailsAdviceTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice(
            new Problems(new StaticListableBeanFactory().getBeanProvider(Tracer.class)));

    @Test
    void domainExceptionAnswersWithItsStatusTypeAndOwnHeaders() {
        class Locked extends DomainException {
            Locked() {
                super(HttpStatus.LOCKED, "account-locked", "Try again later");
            }

            @Override
            public HttpHeaders headers() {
                HttpHeaders headers = new HttpHeaders();
                headers.set(HttpHeaders.RETRY_AFTER, "900");
                return headers;
            }
        }

        ResponseEntity<Object> answer = advice.domain(new Locked());

        assertThat(answer.getStatusCode().value()).isEqualTo(423);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        ProblemDetail problem = (ProblemDetail) answer.getBody();
        assertThat(problem.getType()).isEqualTo(ProblemType.uri("account-locked"));
        assertThat(problem.getDetail()).isEqualTo("Try again later");
    }

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
