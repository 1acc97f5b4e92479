package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases what identifies the candidate on the profile, in the transaction that erased the account: the
 * address, phones and consents, and the preferred cities. What describes the work wanted (specialty,
 * professions, experience, states, job types, shift, pay) stays, without a name, for statistics.
 */
@Component
class ProfileErasure {

    private final JdbcClient jdbc;

    ProfileErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CandidateErased erased) {
        jdbc.sql("""
                        UPDATE candidates SET address_line1 = NULL, address_line2 = NULL, city = NULL, state_code = NULL,
                            zip = NULL, country_code = NULL, cell_phone = NULL, home_phone = NULL, available_from = NULL,
                            email_consent = false, sms_consent = false, consents_updated_at = NULL
                        WHERE id = :id""")
                .param("id", erased.candidateId())
                .update();
        jdbc.sql("DELETE FROM candidate_preferred_cities WHERE candidate_id = :id").param("id", erased.candidateId()).update();
    }
}
