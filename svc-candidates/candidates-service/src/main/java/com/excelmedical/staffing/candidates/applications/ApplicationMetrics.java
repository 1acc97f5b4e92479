package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.events.ApplicationEvent;
import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;

/** Counts applications submitted and placements, once their transaction has committed. */
@Component
class ApplicationMetrics {

    private final Counter submitted;
    private final Counter placed;

    ApplicationMetrics(MeterRegistry meters) {
        this.submitted = Counter.builder("candidates.applications.submitted").description("Applications submitted").register(meters);
        this.placed = Counter.builder("candidates.placements").description("Applications moved to placed").register(meters);
    }

    void afterCommit(List<ApplicationEvent> events) {
        long submissions = events.stream().filter(ApplicationSubmitted.class::isInstance).count();
        long placements = events.stream().filter(ApplicationPlaced.class::isInstance).count();
        if (submissions == 0 && placements == 0) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submitted.increment(submissions);
                placed.increment(placements);
            }
        });
    }
}
