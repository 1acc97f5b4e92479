package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PersonalDataIT extends CandidatesIT {

    static final String SSN = "219-09-9999";
    static final String BIRTH = "1988-07-14";

    private final UUID candidate = UUID.randomUUID();

    @Test
    void theCandidateSeesTheirPersonalDataOnlyMaskedAndTheColumnsHoldNoPlaintext() throws Exception {
        give(Map.of("ssn", "219099999", "dateOfBirth", BIRTH)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.ssn").value("***-**-9999"))
                .andExpect(jsonPath("$.dateOfBirth").value("****-**-**"));

        String mine = mvc.perform(get("/candidates/me").header("Authorization", bearer(candidate, "candidate")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.personalData.ssn").value("***-**-9999"))
                .andReturn().getResponse().getContentAsString();
        assertThat(mine).doesNotContain("219").doesNotContain("1988");
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM candidate_personal_data WHERE candidate_id = ?", candidate);
        assertThat(row.get("ssn_key_id")).isEqualTo("dev1");
        assertThat(row.toString()).doesNotContain("219099999").doesNotContain(SSN).doesNotContain("9999")
                .doesNotContain(BIRTH).doesNotContain("1988");
        String raw = jdbc.queryForObject("SELECT c::text FROM candidate_personal_data c WHERE candidate_id = ?", String.class, candidate);
        assertThat(raw).doesNotContain("219099999").doesNotContain(SSN).doesNotContain(BIRTH);
    }

    @Test
    void aFieldLeftOutKeepsWhatIsOnFile() throws Exception {
        give(Map.of("ssn", SSN, "dateOfBirth", BIRTH)).andExpect(status().isOk());

        give(Map.of("ssn", "123-45-6789")).andExpect(status().isOk())
                .andExpect(jsonPath("$.ssn").value("***-**-6789"))
                .andExpect(jsonPath("$.dateOfBirth").value("****-**-**"));
    }

    @Test
    void wrongNumbersAndDatesAre400NamingTheFieldAndNothingIsStored() throws Exception {
        refused(Map.of("ssn", "666-12-3456"), "ssn");
        refused(Map.of("ssn", "912-12-3456"), "ssn");
        refused(Map.of("ssn", "000-12-3456"), "ssn");
        refused(Map.of("ssn", "12-3456-789"), "ssn");
        refused(Map.of("dateOfBirth", LocalDate.now().plusDays(1).toString()), "dateOfBirth");
        refused(Map.of("dateOfBirth", LocalDate.now().minusYears(15).toString()), "dateOfBirth");
        refused(Map.of("dateOfBirth", "1890-01-01"), "dateOfBirth");
        refused(Map.of("dateOfBirth", "14/07/1988"), "dateOfBirth");
        refused(Map.of(), "ssn");
        refused(Map.of("ssn", SSN, "candidateId", UUID.randomUUID().toString()), "candidateId");

        String body = give(Map.of("ssn", "666-12-3456")).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("666-12-3456");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_personal_data WHERE candidate_id = ?", Integer.class, candidate))
                .isZero();
    }

    @Test
    void staffReadInFullOnlyWithAReasonAndEveryReadIsLogged() throws Exception {
        give(Map.of("ssn", SSN, "dateOfBirth", BIRTH)).andExpect(status().isOk());
        UUID recruiter = UUID.randomUUID();

        disclose(bearer(recruiter, "recruiter"), null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        disclose(bearer(recruiter, "recruiter"), "because").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        disclose(bearer(candidate, "candidate"), "I want to see it all").andExpect(status().isForbidden());
        assertThat(logged()).isZero();

        disclose(bearer(recruiter, "recruiter"), "Onboarding background check for placement").andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.ssn").value(SSN))
                .andExpect(jsonPath("$.dateOfBirth").value(BIRTH));

        assertThat(logged()).isEqualTo(1);
        Map<String, Object> entry = jdbc.queryForMap("SELECT accessed_by, accessor_role, fields::text AS fields, reason"
                + " FROM personal_data_access_log WHERE candidate_id = ?", candidate);
        assertThat(entry).containsEntry("accessed_by", recruiter).containsEntry("accessor_role", "recruiter")
                .containsEntry("fields", "{ssn,dateOfBirth}")
                .containsEntry("reason", "Onboarding background check for placement");
    }

    @Test
    void adminsPageTheAccessLogOfACandidate() throws Exception {
        give(Map.of("ssn", SSN)).andExpect(status().isOk());
        UUID admin = UUID.randomUUID();
        disclose(bearer(admin, "admin"), "Payroll setup needs the SSN").andExpect(status().isOk());
        disclose(bearer(admin, "admin"), "Second look for the I-9 form").andExpect(status().isOk());

        mvc.perform(get("/candidates/personal-data/access-log").param("candidateId", candidate.toString()).param("size", "1")
                        .header("Authorization", bearer(admin, "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.items[0].reason").value("Second look for the I-9 form"))
                .andExpect(jsonPath("$.items[0].accessorRole").value("admin"))
                .andExpect(jsonPath("$.items[0].fields", contains("ssn")));
        mvc.perform(get("/candidates/personal-data/access-log").header("Authorization", bearer(admin, "recruiter")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownCandidateIs404AndNothingIsLogged() throws Exception {
        disclose(bearer(UUID.randomUUID(), "admin"), "Checking a candidate who does not exist").andExpect(status().isNotFound());
        assertThat(logged()).isZero();
    }

    private long logged() {
        return jdbc.queryForObject("SELECT count(*) FROM personal_data_access_log WHERE candidate_id = ?", Long.class, candidate);
    }

    private void refused(Map<String, Object> body, String field) throws Exception {
        give(body).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private ResultActions give(Map<String, Object> body) throws Exception {
        return mvc.perform(put("/candidates/me/personal-data").header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(new LinkedHashMap<>(body))));
    }

    private ResultActions disclose(String authorization, String reason) throws Exception {
        var request = get("/candidates/{id}/personal-data", candidate).header("Authorization", authorization);
        return mvc.perform(reason == null ? request : request.param("reason", reason));
    }
}
