package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.jobs.events.JobPublished;
import com.excelmedical.staffing.jobs.events.JobStatusChanged;
import com.excelmedical.staffing.jobs.events.JobUpdated;
import com.excelmedical.staffing.jobs.events.JobsTopics;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The three topics that drive referrals, each through the inbox (a redelivered event is a no-op). One
 * dispatcher name for all three, so that an event parked by one is never handled again by another path.
 */
@Component
class LifecycleEvents {

    private final EventDispatcher dispatcher;

    LifecycleEvents(EventInbox inbox, ReferralLifecycle lifecycle) {
        this.dispatcher = inbox.dispatcher("referrals.lifecycle")
                .on(UserRegistered.class, lifecycle::registered)
                .on(UserErased.class, lifecycle::erased)
                .on(JobPublished.class, event -> lifecycle.jobKnown(event.jobId(), event.job(), event.occurredAt()))
                .on(JobUpdated.class, event -> lifecycle.jobKnown(event.jobId(), event.job(), event.occurredAt()))
                .on(JobStatusChanged.class, lifecycle::jobStatusChanged)
                .on(ApplicationSubmitted.class, lifecycle::submitted)
                .on(ApplicationPlaced.class, lifecycle::placed);
    }

    @KafkaListener(topics = {IdentityTopics.USERS, JobsTopics.JOBS, CandidatesTopics.APPLICATIONS})
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
