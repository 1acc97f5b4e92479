package com.excelmedical.staffing.jobs;

import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The OpenAPI document the gateway's Swagger UI lists, served without a token. */
class OpenApiIT extends JobsIT {

    @Test
    void servesOpenApiDocsOfTheJobsRoutesWithoutAToken() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/jobs']").exists())
                .andExpect(jsonPath("$.paths['/jobs/{jobId}']").exists())
                .andExpect(jsonPath("$.paths['/jobs/imports']").exists());
    }
}
