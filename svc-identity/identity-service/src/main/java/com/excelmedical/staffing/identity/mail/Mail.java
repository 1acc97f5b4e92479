package com.excelmedical.staffing.identity.mail;

import java.util.UUID;

/**
 * A message to one user. {@code link} carries a one-time token; {@code body} is the text around it
 * (the link is appended when sent), so an implementation can log the message without the secret.
 */
public record Mail(UUID userId, String to, String subject, String body, String link) {
}
