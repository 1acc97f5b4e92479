package com.excelmedical.staffing.identity.mail;

/** The port through which svc-identity sends email; {@code staffing.identity.mail.transport} picks the adapter. */
public interface MailSender {

    void send(Mail mail);
}
