package com.excelmedical.staffing.identity.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Sends a message once the current transaction has committed, so a rolled-back change mails nobody. */
@Component
public class Mails {

    private static final Logger log = LoggerFactory.getLogger(Mails.class);

    private final MailSender sender;

    Mails(MailSender sender) {
        this.sender = sender;
    }

    public void sendAfterCommit(Mail mail) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            send(mail);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                send(mail);
            }
        });
    }

    private void send(Mail mail) {
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            log.warn("Could not send '{}' to user {}: {}", mail.subject(), mail.userId(), e.getMessage());
        }
    }
}
