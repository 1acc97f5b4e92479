package com.excelmedical.staffing.identity.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends nothing: logs that a message would go out, with the user id (never the address) and the link.
 * The link's token is masked unless {@code staffing.identity.mail.log-full-links} is on, which only the
 * {@code local} profile does, so a developer can click it and no shared log ever holds a usable token.
 */
public class LoggingMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMailSender.class);

    private final boolean fullLinks;

    public LoggingMailSender(boolean fullLinks) {
        this.fullLinks = fullLinks;
    }

    @Override
    public void send(Mail mail) {
        log.info("Mail '{}' to user {}: {}", mail.subject(), mail.userId(), fullLinks ? mail.link() : mask(mail.link()));
    }

    /** Keeps the link up to its last {@code =} plus four characters of the token. */
    static String mask(String link) {
        int at = link.lastIndexOf('=');
        if (at < 0) {
            return "[link hidden]";
        }
        String token = link.substring(at + 1);
        return link.substring(0, at + 1) + token.substring(0, Math.min(4, token.length())) + "…(masked)";
    }
}
