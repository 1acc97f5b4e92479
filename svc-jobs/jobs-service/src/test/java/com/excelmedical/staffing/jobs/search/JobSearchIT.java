package com.excelmedical.staffing.jobs.search;

import com.excelmedical.staffing.jobs.Jobs;
import com.excelmedical.staffing.jobs.job.JobRequest;
import com.excelmedical.staffing.jobs.JobsIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each test tags its own jobs with a unique word, so that jobs of other tests never match. */
class JobSearchIT extends JobsIT {

    private final UUID recruiter = UUID.randomUUID();
    private String tag;

    @BeforeEach
    void tag() {
        tag = unique();
    }

    @Test
    void titleOutranksSpecialtyAndFacilityWhichOutrankDescription() throws Exception {
        String inDescription = create(job().title("Staff Nurse").facilityName("General Hospital").description(tag + " unit with a telemetry step-down").build());
        String inFacility = create(job().title("Staff Nurse").facilityName("Telemetry Institute " + tag).description("Busy unit").build());
        String inTitle = create(job().title("Telemetry Nurse " + tag).facilityName("General Hospital").description("Busy unit").build());

        JsonNode page = search("q=telemetry " + tag + "&sort=relevance");

        assertThat(ids(page)).containsExactly(inTitle, inFacility, inDescription);
    }

    @Test
    void filtersSortsAndFacetsApplyToTheSameQuery() throws Exception {
        create(job().weeklyPay("3000.00").build());
        create(job().weeklyPay("2000.00").jobType("perm").build());
        create(job().weeklyPay("2500.00").specialtyId(Jobs.ER).cityId(Jobs.DENVER).stateCode("CO").build());
        create(job().status("draft").build());

        JsonNode all = search("q=" + tag + "&sort=pay");
        assertThat(all.get("totalItems").asInt()).isEqualTo(3);
        assertThat(pays(all)).containsExactly("3000.00", "2500.00", "2000.00");
        assertThat(bucket(all.get("facets").get("state"), "TX")).isEqualTo(2);
        assertThat(bucket(all.get("facets").get("state"), "CO")).isEqualTo(1);
        assertThat(bucket(all.get("facets").get("specialty"), Jobs.ICU.toString())).isEqualTo(2);
        assertThat(bucket(all.get("facets").get("jobType"), "perm")).isEqualTo(1);

        JsonNode filtered = search("q=" + tag + "&state=tx&jobType=travel&minWeeklyPay=2100");
        assertThat(pays(filtered)).containsExactly("3000.00");
        assertThat(filtered.get("facets").get("state").size()).isEqualTo(1);
    }

    @Test
    void nearKeepsJobsWithinTheRadius() throws Exception {
        String houston = create(job().build());
        create(job().cityId(Jobs.DALLAS).build());

        JsonNode near = search("q=" + tag + "&near=" + Jobs.HOUSTON + "&radiusMiles=50");

        assertThat(ids(near)).containsExactly(houston);
        assertThat(near.get("items").get(0).get("distanceMiles").asDouble()).isLessThan(1.0);
        assertThat(ids(search("q=" + tag + "&near=" + Jobs.HOUSTON + "&radiusMiles=300"))).hasSize(2);
    }

    @Test
    void inputThatPostgresWouldRejectNeverFails() throws Exception {
        create(job().title("ICU Nurse " + tag).build());
        for (String nasty : List.of("\"", "\"icu", "icu & | !", "(((", "':*", "a:b:c", "-", "or", "!!!", "\\", "&&&&",
                "the", "' or 1=1 --", "icu <-> nurse", "ünïcödé ☃", "%", "*")) {
            mvc.perform(get("/jobs").param("q", nasty)).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
        }
        assertThat(search("q=\"ICU nurse\" " + tag).get("totalItems").asInt()).isEqualTo(1);
        assertThat(search("q=" + tag + " -icu").get("totalItems").asInt()).isZero();
    }

    @Test
    void valuesThatDoNotConvertOrRepeatAreNamedInTheProblem() throws Exception {
        mvc.perform(get("/jobs").param("specialty", "not-a-uuid")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specialty"));
        mvc.perform(get("/jobs").param("startFrom", "tomorrow").param("q", "nurse")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("startFrom"));
        mvc.perform(get("/jobs").param("jobType", "travel", "perm")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("jobType"));
        mvc.perform(get("/jobs").param("featured", "true").param("jobType", "travel").param("size", "5"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(5));
    }

    @Test
    void pagingIsBoundedAndFiltersAreChecked() throws Exception {
        mvc.perform(get("/jobs").param("size", "101")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/jobs").param("size", "100").param("page", "10")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/jobs").param("specialty", UUID.randomUUID().toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("specialty"));
        mvc.perform(get("/jobs").param("state", "ZZ")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(get("/jobs").param("city", UUID.randomUUID().toString())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("city"));
        mvc.perform(get("/jobs").param("sort", "cheapest")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sort"));
        mvc.perform(get("/jobs").param("minWeeklyPay", "-1")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minWeeklyPay"));

        for (int i = 0; i < 3; i++) {
            create(job().build());
        }
        JsonNode second = search("q=" + tag + "&size=2&page=1&sort=newest");
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(second.get("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void renamingASpecialtyRewritesTheSearchVectorOfItsJobs() throws Exception {
        String dialysis = create(job().specialtyId(Jobs.md5Uuid("specialty:DIALYSIS")).title("Staff RN").build());
        try {
            jdbc.update("update specialties set name = 'Dialysis Nephrology' where code = 'DIALYSIS'");

            assertThat(ids(search("q=nephrology " + tag))).containsExactly(dialysis);
        } finally {
            jdbc.update("update specialties set name = 'Dialysis' where code = 'DIALYSIS'");
        }
        assertThat(ids(search("q=nephrology " + tag))).isEmpty();
    }

    @Test
    void masterDataIsPublic() throws Exception {
        mvc.perform(get("/jobs/states")).andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(51));
        mvc.perform(get("/jobs/cities").param("state", "TX")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == 'Houston')].latitude").isNotEmpty());
        mvc.perform(get("/jobs/specialties")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'ICU')].requiredCertifications[0]").value("BLS"));
        mvc.perform(get("/jobs/professions")).andExpect(status().isOk()).andExpect(jsonPath("$.items[?(@.code == 'RN')]").isNotEmpty());
        mvc.perform(get("/jobs/certifications")).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'ACLS')].name").value("Advanced Cardiovascular Life Support"));
        mvc.perform(get("/jobs/cities").param("state", "XX")).andExpect(status().isBadRequest());
    }

    private Jobs.Draft job() {
        return Jobs.anIcuJob().description("Unit " + tag);
    }

    private String create(JobRequest job) throws Exception {
        String body = mvc.perform(post("/jobs").header("Authorization", bearer(recruiter, "recruiter"))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(job)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(body).get("id").asString();
    }

    private JsonNode search(String query) throws Exception {
        var request = get("/jobs");
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request = request.param(kv[0], kv[1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private static List<String> pays(JsonNode page) {
        List<String> pays = new ArrayList<>();
        page.get("items").forEach(item -> pays.add(item.get("weeklyPay").asString()));
        return pays;
    }

    private static long bucket(JsonNode buckets, String value) {
        for (JsonNode bucket : buckets) {
            if (bucket.get("value").asString().equals(value)) {
                return bucket.get("count").asLong();
            }
        }
        return 0;
    }
}
