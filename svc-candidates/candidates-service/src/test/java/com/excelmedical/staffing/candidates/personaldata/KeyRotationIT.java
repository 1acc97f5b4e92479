package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The service seals with dev1; the test makes test2 current (both configured) and runs the re-encryption. */
class KeyRotationIT extends CandidatesIT {

    @Autowired
    PersonalDataProperties properties;
    @Autowired
    PersonalDataStore store;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void valuesSealedWithTheOldKeyStayReadableAndAreReSealedWithTheNewOne() throws Exception {
        UUID candidate = UUID.randomUUID();
        mvc.perform(put("/candidates/me/personal-data").header("Authorization", bearer(candidate, "candidate"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"ssn\":\"" + PersonalDataIT.SSN + "\",\"dateOfBirth\":\"" + PersonalDataIT.BIRTH + "\"}"))
                .andExpect(status().isOk());
        assertThat(keyIds(candidate)).containsExactly("dev1", "dev1");

        FieldCipher rotated = new FieldCipher(properties.keys(), "test2");
        StoredPersonalData underOldKey = store.find(candidate).orElseThrow();
        assertThat(rotated.open(underOldKey.ssn(), StoredPersonalData.context(candidate, StoredPersonalData.SSN)))
                .isEqualTo(PersonalDataIT.SSN);

        int resealed = new Reencryption(store, rotated, transactions, 2, clock).run();

        assertThat(resealed).isGreaterThanOrEqualTo(1);
        assertThat(keyIds(candidate)).containsExactly("test2", "test2");
        assertThat(new Reencryption(store, rotated, transactions, 2, clock).run()).isZero();
        StoredPersonalData underNewKey = store.find(candidate).orElseThrow();
        assertThat(underNewKey.ssn().ciphertext()).isNotEqualTo(underOldKey.ssn().ciphertext());
        mvc.perform(get("/candidates/{id}/personal-data", candidate).param("reason", "Checking the re-encrypted values")
                        .header("Authorization", bearer(UUID.randomUUID(), "admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ssn").value(PersonalDataIT.SSN))
                .andExpect(jsonPath("$.dateOfBirth").value(PersonalDataIT.BIRTH));
    }

    private java.util.List<String> keyIds(UUID candidate) {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT ssn_key_id, date_of_birth_key_id FROM candidate_personal_data WHERE candidate_id = ?", candidate);
        return java.util.List.of((String) row.get("ssn_key_id"), (String) row.get("date_of_birth_key_id"));
    }
}
