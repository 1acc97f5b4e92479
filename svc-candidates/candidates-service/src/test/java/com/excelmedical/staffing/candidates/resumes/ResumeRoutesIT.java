package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reading, downloading, deleting and accepting resumes; another candidate's resume is a 404. */
class ResumeRoutesIT extends CandidatesIT {

    private final UUID candidate = UUID.randomUUID();
    private final UUID stranger = UUID.randomUUID();
    private final UUID recruiter = UUID.randomUUID();

    @Test
    void theOwnerAndStaffListReadAndDownloadAnotherCandidateFindsNothing() throws Exception {
        byte[] text = SampleResume.text().getBytes(StandardCharsets.UTF_8);
        String id = id(upload(candidate, text).andExpect(status().isCreated()));

        as(candidate, get("/candidates/me/resumes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].sizeBytes").value(text.length))
                .andExpect(jsonPath("$.items[0].parsedFields").doesNotExist());
        as(candidate, get("/candidates/me/resumes/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.parsedFields.contact.name.value").value("Jane A. Doe"));
        as(candidate, get("/candidates/me/resumes/" + id + "/file")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/plain")))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("cv.txt")))
                .andExpect(content().bytes(text));
        as(recruiter, "recruiter", get("/candidates/" + candidate + "/resumes")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id));
        as(recruiter, "recruiter", get("/candidates/" + candidate + "/resumes/" + id + "/file")).andExpect(status().isOk())
                .andExpect(content().bytes(text));
        as(recruiter, "recruiter", get("/candidates/" + UUID.randomUUID() + "/resumes")).andExpect(status().isNotFound());
        as(candidate, get("/candidates/" + candidate + "/resumes")).andExpect(status().isForbidden());

        as(stranger, get("/candidates/me/resumes/" + id)).andExpect(status().isNotFound());
        as(stranger, get("/candidates/me/resumes/" + id + "/file")).andExpect(status().isNotFound());
        as(stranger, delete("/candidates/me/resumes/" + id)).andExpect(status().isNotFound());
        accept(stranger, id, List.of(Map.of("field", "workHistory"))).andExpect(status().isNotFound());
        as(recruiter, "recruiter", get("/candidates/" + stranger + "/resumes/" + id + "/file")).andExpect(status().isNotFound());
        as(stranger, get("/candidates/me/resumes")).andExpect(jsonPath("$.totalItems").value(0));

        as(candidate, delete("/candidates/me/resumes/" + id)).andExpect(status().isNoContent());
        as(candidate, get("/candidates/me/resumes/" + id)).andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_resumes WHERE candidate_id = ?", Long.class, candidate)).isZero();
    }

    @Test
    void acceptMergesOnlyTheChosenItemsAndSkipsWhatIsHeldOrIncomplete() throws Exception {
        JsonNode resume = json.readTree(upload(candidate, SampleResume.text().getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        String id = resume.path("id").asString();
        JsonNode parsed = resume.path("parsedFields");
        int tx = index(parsed.path("licenses"), "state", "TX");
        int fl = index(parsed.path("licenses"), "state", "FL");
        int ca = index(parsed.path("licenses"), "state", "CA");
        int bls = index(parsed.path("certifications"), "code", "BLS");
        int acls = index(parsed.path("certifications"), "code", "ACLS");
        jdbc.update("""
                INSERT INTO candidate_licenses (id, candidate_id, license_type, state_code, license_number, issued_on, expires_on)
                VALUES (?, ?, 'RN', 'CA', 'CA-HELD-1', DATE '2020-01-01', DATE '2028-01-01')""", UUID.randomUUID(), candidate);

        accept(candidate, id, List.of(Map.of("field", "contact"),
                Map.of("field", "licenses", "index", tx, "issuedOn", "2019-04-01"),
                Map.of("field", "licenses", "index", fl, "issuedOn", "2019-04-01"),
                Map.of("field", "licenses", "index", ca, "issuedOn", "2018-01-01"),
                Map.of("field", "certifications", "index", bls, "issuedOn", "2025-05-01"),
                Map.of("field", "certifications", "index", acls)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.merged[*].item", containsInAnyOrder("contact.phone", "licenses[" + tx + "]",
                        "certifications[" + bls + "]")))
                .andExpect(jsonPath("$.skipped[?(@.item == 'contact.name')].reason").value("from_account"))
                .andExpect(jsonPath("$.skipped[?(@.item == 'licenses[" + fl + "]')].reason").value("number_missing"))
                .andExpect(jsonPath("$.skipped[?(@.item == 'licenses[" + ca + "]')].reason").value("already_held"))
                .andExpect(jsonPath("$.skipped[?(@.item == 'certifications[" + acls + "]')].reason").value("dates_missing"))
                .andExpect(jsonPath("$.acceptedAt").exists());

        assertThat(jdbc.queryForList("SELECT state_code || ' ' || license_number || ' ' || issued_on || ' ' || expires_on "
                + "FROM candidate_licenses WHERE candidate_id = ? ORDER BY state_code", String.class, candidate))
                .containsExactly("CA CA-HELD-1 2020-01-01 2028-01-01", "TX 123456 2019-04-01 2027-03-31");
        assertThat(jdbc.queryForList("SELECT certification_code FROM candidate_certifications WHERE candidate_id = ?",
                String.class, candidate)).containsExactly("BLS");
        assertThat(count("candidate_work_experiences") + count("candidate_education")).isZero();
        assertThat(jdbc.queryForMap("SELECT cell_phone, version FROM candidates WHERE id = ?", candidate))
                .containsEntry("cell_phone", "+17135550142").containsEntry("version", 1L);
        assertThat(jdbc.queryForObject("SELECT accepted_at IS NOT NULL FROM candidate_resumes WHERE id = ?::uuid",
                Boolean.class, id)).isTrue();

        int positions = parsed.path("workHistory").size();
        accept(candidate, id, List.of(Map.of("field", "workHistory"), Map.of("field", "education"),
                Map.of("field", "skills", "index", 0), Map.of("field", "contact"),
                Map.of("field", "certifications", "index", bls, "issuedOn", "2025-05-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.merged.length()").value(positions + 2))
                .andExpect(jsonPath("$.skipped[?(@.item == 'skills[0]')].reason").value("no_place_in_profile"))
                .andExpect(jsonPath("$.skipped[?(@.item == 'contact.phone')].reason").value("profile_value_kept"))
                .andExpect(jsonPath("$.skipped[?(@.item == 'certifications[" + bls + "]')].reason").value("already_held"));
        assertThat(jdbc.queryForList("SELECT employer || ' | ' || title || ' | ' || started_on FROM candidate_work_experiences "
                + "WHERE candidate_id = ? ORDER BY started_on DESC", String.class, candidate))
                .hasSize(positions).first().asString().contains("Memorial Hermann Hospital", "2020-01-01");
        assertThat(count("candidate_education")).isEqualTo(2);

        accept(candidate, id, List.of(Map.of("field", "workHistory"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.merged").isEmpty())
                .andExpect(jsonPath("$.skipped[*].reason", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("already_listed"))));
        assertThat(count("candidate_work_experiences")).isEqualTo(positions);
    }

    @Test
    void aChoiceTheResumeCannotMeetIsA400NamingItAndMergesNothing() throws Exception {
        String id = id(upload(candidate, SampleResume.text().getBytes(StandardCharsets.UTF_8)).andExpect(status().isCreated()));

        accept(candidate, id, List.of(Map.of("field", "workHistory"), Map.of("field", "hobbies"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields[1].field"));
        accept(candidate, id, List.of(Map.of("field", "education"), Map.of("field", "licenses", "index", 99)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields[1].index"));
        accept(candidate, id, List.of(Map.of("field", "licenses", "index", 0, "issuedOn", LocalDate.now().plusDays(2).toString())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields[0].issuedOn"));
        accept(candidate, id, List.of(Map.of("field", "contact", "issuedOn", "2020-01-01"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fields[0].issuedOn"));

        assertThat(count("candidate_work_experiences") + count("candidate_education") + count("candidate_licenses")).isZero();
        assertThat(jdbc.queryForObject("SELECT accepted_at FROM candidate_resumes WHERE id = ?::uuid", Object.class, id)).isNull();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table + " WHERE candidate_id = ?", Long.class, candidate);
    }

    private static int index(JsonNode items, String field, String value) {
        for (int i = 0; i < items.size(); i++) {
            if (value.equals(items.get(i).path(field).asString())) {
                return i;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + items);
    }

    private String id(ResultActions created) throws Exception {
        return json.readTree(created.andReturn().getResponse().getContentAsString()).path("id").asString();
    }

    private ResultActions upload(UUID who, byte[] content) throws Exception {
        return mvc.perform(multipart("/candidates/me/resumes").file(new MockMultipartFile("file", "cv.txt", "text/plain", content))
                .header("Authorization", bearer(who, "candidate")));
    }

    private ResultActions accept(UUID who, String resumeId, List<Map<String, Object>> fields) throws Exception {
        return mvc.perform(post("/candidates/me/resumes/" + resumeId + "/accept").header("Authorization", bearer(who, "candidate"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(Map.of("fields", fields))));
    }

    private ResultActions as(UUID who, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return as(who, "candidate", request);
    }

    private ResultActions as(UUID who, String role, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request.header("Authorization", bearer(who, role)));
    }
}
