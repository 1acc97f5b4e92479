package com.excelmedical.staffing.candidates;

import com.excelmedical.staffing.platform.test.openapi.OpenApiContract;
import org.junit.jupiter.api.Test;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The served OpenAPI document is the committed {@code docs/openapi/candidates.json}, and breaks no client of it.
 * After an intended API change: {@code ./mvnw -B verify -pl svc-candidates/candidates-service -am -Dtest=none
 * -Dit.test=OpenApiContractIT -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.update=true}, then review the diff.
 */
class OpenApiContractIT extends CandidatesIT {

    @Test
    void servedDocumentIsTheCommittedContract() throws Exception {
        String served = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        OpenApiContract.verify(served, "candidates");
    }
}
