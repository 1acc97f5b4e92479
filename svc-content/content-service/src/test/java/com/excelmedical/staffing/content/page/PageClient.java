package com.excelmedical.staffing.content.page;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What an editor does with pages over the API, for tests. */
public record PageClient(MockMvc mvc, JsonMapper json, String token) {

    public ResultActions create(String body) throws Exception {
        return mvc.perform(post("/content/pages").header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public JsonNode created(String body) throws Exception {
        return read(create(body).andExpect(status().isCreated()));
    }

    public ResultActions edit(String id, String body) throws Exception {
        return mvc.perform(put("/content/pages/" + id).header("Authorization", token).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    public ResultActions step(String id, String step) throws Exception {
        return mvc.perform(post("/content/pages/" + id + "/" + step).header("Authorization", token));
    }

    /** Creates, submits and publishes a page; returns it as published. */
    public JsonNode published(String body) throws Exception {
        String id = created(body).get("id").asString();
        step(id, "submit").andExpect(status().isOk());
        return read(step(id, "publish").andExpect(status().isOk()));
    }

    public ResultActions viewAsPublic(String slug) throws Exception {
        return mvc.perform(get("/content/pages/" + slug));
    }

    public ResultActions viewAsEditor(String slug) throws Exception {
        return mvc.perform(get("/content/pages/" + slug).header("Authorization", token));
    }

    public JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** The body of a page request with the version the edit was made on. */
    public static String withVersion(String body, long version) {
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ", \"version\": " + version + "}";
    }
}
