package com.excelmedical.staffing.jobs.applications;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.jobs.job.JobService;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Applications seen from the job: each submission counts once, each placement takes one opening (the
 * last one fills the job). The inbox makes a redelivered event a no-op.
 */
@Component
class ApplicationEvents {

    private final EventDispatcher dispatcher;

    ApplicationEvents(EventInbox inbox, JobService jobs) {
        this.dispatcher = inbox.dispatcher("jobs.applications")
                .on(ApplicationSubmitted.class, event -> jobs.countApplication(event.jobId()))
                .on(ApplicationPlaced.class, event -> jobs.fillOpening(event.jobId()));
    }

    @KafkaListener(topics = CandidatesTopics.APPLICATIONS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
