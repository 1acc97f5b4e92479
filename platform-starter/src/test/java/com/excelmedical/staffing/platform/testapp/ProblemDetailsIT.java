package com.excelmedical.staffing.platform.testapp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.UUID;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProblemDetailsIT extends StarterIT {

    private static final String TYPES = "https://staffing.excelmedical.com/problems/";

    @Autowired
    MockMvc mvc;

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.header("Authorization", "Bearer " + TOKENS.withRoles("candidate")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private ResultActions postNote(String body) throws Exception {
        return perform(post("/notes").contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void invalidFieldsGet400NamingEachField() throws Exception {
        postNote("{\"text\":\"\",\"priority\":9}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(TYPES + "validation-failed"))
                .andExpect(jsonPath("$.errors[0].field").value("priority"))
                .andExpect(jsonPath("$.errors[1].field").value("text"));
    }

    @Test
    void nulInJsonTextGets400NamingTheField() throws Exception {
        postNote("{\"text\":\"a\\u0000b\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"))
                .andExpect(jsonPath("$.errors[0].message").value("must not contain NUL characters"));
    }

    @Test
    void malformedJsonGets400() throws Exception {
        postNote("{\"text\": ").andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value(TYPES + "malformed-request"));
    }

    @Test
    void valueOfTheWrongTypeGets400NamingTheField() throws Exception {
        postNote("{\"text\":\"hello\",\"colour\":\"PURPLE\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("must be one of [RED, GREEN]"));
        postNote("{\"text\":\"hello\",\"priority\":\"high\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));
        postNote("{\"text\":\"hello\",\"priority\":1e12}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("priority"));
    }

    @Test
    void badPathVariableAndQueryParameterGet400NamingThem() throws Exception {
        perform(get("/notes/not-a-uuid")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value("must be a UUID"));
        perform(get("/notes").param("size", "500")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void unknownThingGets404AndUnknownRouteToo() throws Exception {
        perform(get("/notes/" + UUID.randomUUID())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(TYPES + "not-found"));
        perform(get("/no-such-route")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(TYPES + "not-found"));
    }

    @Test
    void brokenRuleGetsItsOwnStatus() throws Exception {
        perform(post("/notes/" + UUID.randomUUID() + "/archive")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(TYPES + "conflict"))
                .andExpect(jsonPath("$.detail", containsString("already archived")));
    }

    @Test
    void unexpectedErrorGets500WithTraceIdAndNothingInternal() throws Exception {
        perform(get("/notes/boom")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value(TYPES + "internal-error"))
                .andExpect(jsonPath("$.traceId").isNotEmpty())
                .andExpect(content().string(not(containsString("hunter2"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
