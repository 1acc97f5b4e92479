package com.excelmedical.staffing.content.erasure;

import com.excelmedical.staffing.content.page.PageAuthors;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.platform.inbox.EventDispatcher;
import com.excelmedical.staffing.platform.inbox.EventInbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Erasure (GDPR Art. 17): the erased user's name leaves every page they wrote; the pages stay online. */
@Component
class UserErasure {

    private final EventDispatcher dispatcher;

    UserErasure(EventInbox inbox, PageAuthors authors) {
        this.dispatcher = inbox.dispatcher("content.erasure")
                .on(UserErased.class, event -> authors.eraseName(event.userId()));
    }

    @KafkaListener(topics = IdentityTopics.USERS)
    void on(String record) {
        dispatcher.dispatch(record);
    }
}
