package com.excelmedical.staffing.jobs;

import com.excelmedical.staffing.jobs.alerts.AlertDigests;
import com.excelmedical.staffing.jobs.importing.FeedPoller;
import com.excelmedical.staffing.jobs.importing.PendingEventRelay;
import com.excelmedical.staffing.jobs.job.JobExpiry;
import com.excelmedical.staffing.jobs.views.ViewCounter;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every periodic job of the service, each on its own thread at the interval its settings name (ADR 0007). */
@Configuration(proxyBeanMethods = false)
class PeriodicJobs {

    @Bean
    PeriodicTask viewsFlushTask(ViewCounter views, JobsProperties properties) {
        return new PeriodicTask("jobs-views-flush", properties.views().flushInterval(), views::flush);
    }

    @Bean
    PeriodicTask pendingEventRelayTask(PendingEventRelay relay, JobsProperties properties) {
        return new PeriodicTask("jobs-event-relay", properties.events().relayInterval(), relay::publishPending);
    }

    @Bean
    PeriodicTask jobExpiryTask(JobExpiry expiry, JobsProperties properties) {
        return new PeriodicTask("jobs-expiry", properties.expiry().interval(), expiry::expireEnded);
    }

    @Bean
    PeriodicTask alertDigestsTask(AlertDigests digests, JobsProperties properties) {
        return new PeriodicTask("jobs-alert-digests", properties.alerts().digestInterval(), digests::runDue);
    }

    @Bean
    PeriodicTask feedPollerTask(FeedPoller poller, JobsProperties properties) {
        return new PeriodicTask("jobs-feed-poller", properties.importing().pollInterval(), poller::pollConfiguredFeed);
    }
}
