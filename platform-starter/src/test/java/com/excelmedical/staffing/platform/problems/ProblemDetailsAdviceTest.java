package com.excelmedical.staffing.platform.problems;

import io.micrometer.tracing.Tracer;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.sql.SQLException;

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

    @Test
    void onlyUniqueAndForeignKeyViolationsAreConflictsEverythingElseTheDatabaseRefusesIs500() {
        assertThat(advice.integrity(violation("23505")).getStatusCode().value()).isEqualTo(409);
        assertThat(advice.integrity(violation("23503")).getStatusCode().value()).isEqualTo(409);
        assertThat(advice.integrity(new DuplicateKeyException("duplicate")).getStatusCode().value()).isEqualTo(409);

        ResponseEntity<Object> notNull = advice.integrity(violation("23502"));
        assertThat(notNull.getStatusCode().value()).isEqualTo(500);
        assertThat(((ProblemDetail) notNull.getBody()).getType()).isEqualTo(ProblemType.uri(ProblemType.INTERNAL));
        assertThat(advice.integrity(violation("23514")).getStatusCode().value()).isEqualTo(500);
        assertThat(advice.integrity(violation("22021")).getStatusCode().value()).isEqualTo(500);
        assertThat(advice.integrity(violation("22003")).getStatusCode().value()).isEqualTo(500);
    }

    @Test
    void firewallAndContainerRefusalsReachingTheAdviceAre400NotServerErrors() {
        ResponseEntity<Object> rejected = advice.unexpected(
                new RequestRejectedException("The request was rejected because the parameter name contained a control character"));
        assertThat(rejected.getStatusCode().value()).isEqualTo(400);
        assertThat(advice.unexpected(new IllegalStateException("wrapped",
                new org.apache.tomcat.util.http.InvalidParameterException("bad UTF-8", 400))).getStatusCode().value()).isEqualTo(400);
        assertThat(advice.unexpected(new IllegalStateException("a bug")).getStatusCode().value()).isEqualTo(500);
    }

    private static DataIntegrityViolationException violation(String sqlState) {
        return new DataIntegrityViolationException("refused", new SQLException("refused by the database", sqlState));
    }
}
