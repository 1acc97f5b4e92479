package com.excelmedical.staffing.jobs;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.node.ObjectNode;

import java.util.UUID;

import static com.excelmedical.staffing.jobs.Jobs.anActiveIcuJob;
import static com.excelmedical.staffing.jobs.Jobs.anIcuJob;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Hostile and out-of-range input is a 4xx naming what is wrong, never a 500 or a 409 from the database. */
class BadInputIT extends JobsIT {

    private static final String NUMBER = "\"__number__\"";

    private final String recruiter = bearer(UUID.randomUUID(), "recruiter");

    @Test
    void numbersTheDatabaseCannotHoldAre400NamingTheField() throws Exception {
        createWith("weeklyPay", "1e1000000000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weeklyPay"));
        createWith("weeklyPay", "1e400").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weeklyPay"));
        createWith("weeklyPay", "2400.005").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("weeklyPay"));
        createWith("hoursPerWeek", "1000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hoursPerWeek"));
        createWith("openings", "1e12").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openings"));
        createWith("openings", "1000000").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("openings"));
        createWith("weeklyPay", "99999999.99").andExpect(status().isCreated());
    }

    @Test
    void nulInTextIs400NamingTheField() throws Exception {
        mvc.perform(post("/jobs").header("Authorization", recruiter).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(anIcuJob().title("ICU\u0000RN").build())))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
        mvc.perform(get("/jobs").param("q", "icu\u0000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
    }

    @Test
    void hugePageNumbersAre400NamingPage() throws Exception {
        mvc.perform(get("/jobs").param("page", "2147483647")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/jobs").param("page", "2147483647").param("size", "100")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/jobs/alerts").param("page", "2147483647").header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/jobs").param("minWeeklyPay", "1e1000000000")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("minWeeklyPay"));
    }

    @Test
    void controlCharacterInAParameterNameIsRefusedAs400() throws Exception {
        mvc.perform(get("/jobs?q=x&\u007F=1")).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anIdThatIsNotAUuidIsNotFoundNotMethodNotAllowed() throws Exception {
        mvc.perform(get("/jobs/abc").header("Authorization", recruiter)).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/jobs/abc").header("Authorization", recruiter).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(anActiveIcuJob())))
                .andExpect(status().isNotFound());
    }

    @Test
    void aMethodTheRouteDoesNotHaveIs405WithAllow() throws Exception {
        mvc.perform(put("/jobs").header("Authorization", recruiter)).andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(header().string("Allow", not(containsString("PUT"))))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void anEmptyAlertListHasTheAskedSizeAndNoPages() throws Exception {
        mvc.perform(get("/jobs/alerts").header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.totalItems").value(0))
                .andExpect(jsonPath("$.totalPages").value(0));
    }

    private ResultActions createWith(String field, String rawNumber) throws Exception {
        ObjectNode request = json.valueToTree(anActiveIcuJob());
        request.put(field, "__number__");
        String body = json.writeValueAsString(request).replace(NUMBER, rawNumber);
        return mvc.perform(post("/jobs").header("Authorization", recruiter).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
