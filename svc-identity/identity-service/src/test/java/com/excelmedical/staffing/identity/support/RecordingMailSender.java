package com.excelmedical.staffing.identity.support;

import com.excelmedical.staffing.identity.mail.Mail;
import com.excelmedical.staffing.identity.mail.MailSender;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps the mails the service sends, so a test can follow a link as the user would. */
public class RecordingMailSender implements MailSender {

    private final List<Mail> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Mail mail) {
        sent.add(mail);
    }

    public Optional<Mail> last(UUID userId, String subject) {
        return sent.reversed().stream().filter(mail -> mail.userId().equals(userId) && mail.subject().equals(subject)).findFirst();
    }

    public static String tokenOf(Mail mail) {
        return mail.link().substring(mail.link().indexOf("token=") + "token=".length());
    }
}
