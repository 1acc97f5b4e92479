package com.excelmedical.staffing.content.health;

import com.excelmedical.staffing.content.ContentIT;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The readiness probe a deployment and the local run wait for includes MongoDB, and it answers there. */
class ReadinessIT extends ContentIT {

    @Test
    void theServiceIsReadyWithItsMongoDbCheckUp() throws Exception {
        mvc.perform(get("/actuator/health/readiness"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"));
    }
}
