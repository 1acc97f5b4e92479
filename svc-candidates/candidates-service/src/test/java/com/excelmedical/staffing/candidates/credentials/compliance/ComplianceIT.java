package com.excelmedical.staffing.candidates.credentials.compliance;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ComplianceIT extends CandidatesIT {

    private final UUID candidate = UUID.randomUUID();

    @Test
    void theSpecialtysCertificationsAreCheckedAndScored() throws Exception {
        // the stand-in's ICU requires BLS and ACLS
        jdbc.update("INSERT INTO candidates (id, specialty) VALUES (?, 'ICU')", candidate);
        UUID bls = certification("BLS", LocalDate.now().plusYears(1));
        UUID acls = certification("ACLS", LocalDate.now().plusDays(10));
        certification("PALS", LocalDate.now().minusDays(3));

        mvc.perform(get("/candidates/me/compliance").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.specialty").value("ICU"))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].certificationCode").value("BLS"))
                .andExpect(jsonPath("$.items[0].status").value("present"))
                .andExpect(jsonPath("$.items[0].credentialId").value(bls.toString()))
                .andExpect(jsonPath("$.items[0].name").value("BLS certification"))
                .andExpect(jsonPath("$.items[1].status").value("expiring"))
                .andExpect(jsonPath("$.items[1].credentialId").value(acls.toString()))
                .andExpect(jsonPath("$.items[1].expiresOn").value(LocalDate.now().plusDays(10).toString()))
                .andExpect(jsonPath("$.score").value(75))
                .andExpect(jsonPath("$.reason").value(nullValue()));

        jdbc.update("UPDATE candidates SET specialty = 'ER' WHERE id = ?", candidate);
        // ER: BLS present, ACLS expiring, PALS expired, TNCC missing → (2 + 1) / 8
        mvc.perform(get("/candidates/" + candidate + "/compliance").header("Authorization", bearer(UUID.randomUUID(), "recruiter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[2].status").value("expired"))
                .andExpect(jsonPath("$.items[3].status").value("missing"))
                .andExpect(jsonPath("$.items[3].credentialId").value(nullValue()))
                .andExpect(jsonPath("$.score").value(38));
    }

    @Test
    void withoutASpecialtyThereIsNothingToScore() throws Exception {
        mvc.perform(get("/candidates/me/compliance").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.score").value(nullValue()))
                .andExpect(jsonPath("$.reason").value("specialty_not_set"));
    }

    @Test
    void staffAskAboutCandidatesThatExist() throws Exception {
        mvc.perform(get("/candidates/" + UUID.randomUUID() + "/compliance").header("Authorization", bearer(UUID.randomUUID(), "admin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/candidates/" + candidate + "/compliance").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isForbidden());
    }

    private UUID certification(String code, LocalDate expiresOn) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO candidate_certifications (id, candidate_id, certification_code, issued_on, expires_on)
                VALUES (?, ?, ?, ?, ?)""", id, candidate, code, LocalDate.now().minusYears(2), expiresOn);
        return id;
    }
}
