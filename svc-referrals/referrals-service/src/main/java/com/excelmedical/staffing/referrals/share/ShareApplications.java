package com.excelmedical.staffing.referrals.share;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.candidates.events.CandidatesTopics;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import com.excelmedical.staffing.referrals.support.ShortCode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Counts applications that came through a share link and their placements. Its own consumer group and
 * inbox name: independent of the referral lifecycle, and never waiting for a registration.
 */
@Component
class ShareApplications {

    private final EventDispatcher dispatcher;
    private final JobShares shares;
    private final Counter unknownCodes;

    ShareApplications(EventInbox inbox, JobShares shares, MeterRegistry registry) {
        this.shares = shares;
        this.unknownCodes = Counter.builder("referrals.share.codes.unknown")
                .description("Applications naming a share code that is malformed or not known").register(registry);
        this.dispatcher = inbox.dispatcher("referrals.shares")
                .on(ApplicationSubmitted.class, this::submitted)
                .on(ApplicationPlaced.class, event -> shares.applicationPlaced(event.applicationId()));
    }

    @KafkaListener(topics = CandidatesTopics.APPLICATIONS, groupId = "${spring.application.name}.shares")
    void on(String record) {
        dispatcher.dispatch(record);
    }

    private void submitted(ApplicationSubmitted event) {
        if (event.shareCode() == null) {
            return;
        }
        ShortCode.parse(event.shareCode()).filter(shares::exists).ifPresentOrElse(
                code -> shares.applicationSubmitted(event.applicationId(), code), unknownCodes::increment);
    }
}
