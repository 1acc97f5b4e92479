package com.excelmedical.staffing.content.market;

import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** svc-jobs' job events, kept as market figures for landing pages. */
@Component
class MarketEvents {

    private final EventDispatcher dispatcher;

    MarketEvents(EventInbox inbox, MarketJobs jobs) {
        this.dispatcher = inbox.dispatcher("content.market")
                .on(JobPublished.class, e -> jobs.details(e.eventId(), e.occurredAt(), e.jobId(), e.job(), true))
                .on(JobUpdated.class, e -> jobs.details(e.eventId(), e.occurredAt(), e.jobId(), e.job(), false))
                .on(JobStatusChanged.class, e -> jobs.status(e.eventId(), e.occurredAt(), e.jobId(), e.status()));
    }

    @KafkaListener(topics = JobsTopics.JOBS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
