package com.excelmedical.staffing.candidates.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** Whether the candidate agrees to marketing by email and by SMS, and when they last said so. */
@Embeddable
public record ContactConsents(@Column(name = "email_consent") boolean email, @Column(name = "sms_consent") boolean sms,
                              @Column(name = "consents_updated_at") Instant updatedAt) {

    static final ContactConsents NONE = new ContactConsents(false, false, null);

    boolean sameChoicesAs(ContactConsents other) {
        return other != null && email == other.email && sms == other.sms;
    }
}
