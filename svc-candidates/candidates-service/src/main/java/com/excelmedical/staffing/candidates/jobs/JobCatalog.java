package com.excelmedical.staffing.candidates.jobs;

import com.excelmedical.staffing.candidates.jobs.web.JobView;
import com.excelmedical.staffing.candidates.jobs.web.JobsClient;
import feign.FeignException;
import feign.RetryableException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Asks svc-jobs whether a job takes applications, through the Feign client guarded by Resilience4j: one
 * retry of a failed attempt (the call is a GET), inside a circuit breaker that opens after a run of
 * failures and then refuses at once. Failures are I/O errors, time-outs and 5xx answers; a 404 is an
 * answer. svc-jobs hides jobs that are not active from anonymous callers (404), so a job this service
 * knows from its events is "not open" (422) rather than unknown (404).
 */
@Component
public class JobCatalog {

    static final String NAME = "jobs";
    private static final Predicate<Throwable> FAILURE = e -> e instanceof RetryableException
            || (e instanceof FeignException feign && feign.status() >= 500);

    private final JobsClient client;
    private final JobSnapshots snapshots;
    private final JobsClientProperties properties;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final MeterRegistry meters;

    JobCatalog(JobsClient client, JobSnapshots snapshots, JobsClientProperties properties, MeterRegistry meters) {
        this.client = client;
        this.snapshots = snapshots;
        this.properties = properties;
        this.meters = meters;
        JobsClientProperties.Breaker settings = properties.breaker();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .failureRateThreshold(settings.failureRateThreshold())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.halfOpenCalls())
                .automaticTransitionFromOpenToHalfOpenEnabled(true)
                .recordException(FAILURE)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(2)
                .waitDuration(properties.retryWait())
                .retryOnException(FAILURE)
                .build());
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
    }

    /** The job as svc-jobs has it now, if it takes applications; else 404, 422 or 503 (nothing stored). */
    public JobSnapshot requireOpen(UUID jobId) {
        JobSnapshot job = fetch(jobId);
        if (job.status() != JobState.ACTIVE) {
            throw new JobNotOpenException(jobId, job.status());
        }
        return job;
    }

    private JobSnapshot fetch(UUID jobId) {
        Supplier<JobView> call = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> client.job(jobId)));
        Timer.Sample sample = Timer.start(meters);
        String outcome = "success";
        try {
            return call.get().snapshot(jobId);
        } catch (FeignException.NotFound e) {
            outcome = "not_found";
            JobSnapshot known = snapshots.find(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
            throw new JobNotOpenException(jobId, known.status() == JobState.ACTIVE ? JobState.CLOSED : known.status());
        } catch (CallNotPermittedException e) {
            outcome = "breaker_open";
            throw new JobsUnavailableException(properties.retryAfter(), e);
        } catch (RuntimeException e) {
            if (!FAILURE.test(e)) {
                outcome = "error";
                throw e;
            }
            outcome = "unavailable";
            throw new JobsUnavailableException(properties.retryAfter(), e);
        } finally {
            sample.stop(Timer.builder("candidates.jobs.client.requests")
                    .description("Calls to svc-jobs' GET /jobs/{jobId}, the retry included, by outcome")
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }

    /** The breaker's state, for tests and health: {@code CLOSED}, {@code OPEN}, {@code HALF_OPEN}. */
    public CircuitBreaker.State breakerState() {
        return breaker.getState();
    }
}
