package com.excelmedical.staffing.candidates.identityevents;

import com.excelmedical.staffing.candidates.accounts.AccountLifecycle;
import com.excelmedical.staffing.candidates.accounts.Registration;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * svc-identity's account events, each handled once (the inbox): a candidate's registration completes the
 * profile, deactivation and erasure change the account. Registrations of staff are not candidates and are
 * skipped; deactivating or erasing a user this service never saw changes nothing.
 */
@Component
class IdentityEvents {

    static final String CONSUMER = "candidates.identity";
    static final String CANDIDATE_ROLE = "candidate";

    private final EventDispatcher dispatcher;

    IdentityEvents(EventInbox inbox, AccountLifecycle accounts) {
        this.dispatcher = inbox.dispatcher(CONSUMER)
                .on(UserRegistered.class, event -> {
                    if (event.roles() != null && event.roles().contains(CANDIDATE_ROLE)) {
                        accounts.registered(new Registration(event.userId(), event.email(), event.firstName(),
                                event.lastName(), event.referralCode(), event.occurredAt()));
                    }
                })
                .on(UserDeactivated.class, event -> accounts.deactivated(event.userId()))
                .on(UserErased.class, event -> accounts.erased(event.userId()));
    }

    @KafkaListener(topics = IdentityTopics.USERS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
