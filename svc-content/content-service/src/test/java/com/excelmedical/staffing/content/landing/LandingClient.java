package com.excelmedical.staffing.content.landing;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Reads landing pages as a visitor would. */
record LandingClient(MockMvc mvc, JsonMapper json) {

    ResultActions page(String specialty, String state, String city) throws Exception {
        return mvc.perform(get("/content/landing/{specialty}/{state}/{city}", specialty, state, city));
    }

    /** The market part of the landing page, or null while there is no landing page. */
    JsonNode market(String specialty, String state, String city) throws Exception {
        var response = page(specialty, state, city).andReturn().getResponse();
        return response.getStatus() == 200 ? json.readTree(response.getContentAsString()).get("market") : null;
    }
}
