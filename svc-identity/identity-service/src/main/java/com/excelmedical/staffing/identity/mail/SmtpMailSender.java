package com.excelmedical.staffing.identity.mail;

import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends through the SMTP server configured under {@code spring.mail.*}. */
public class SmtpMailSender implements MailSender {

    private final JavaMailSender smtp;
    private final String from;

    public SmtpMailSender(JavaMailSender smtp, String from) {
        this.smtp = smtp;
        this.from = from;
    }

    @Override
    public void send(Mail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body() + "\n\n" + mail.link() + "\n");
        smtp.send(message);
    }
}
