package com.excelmedical.staffing.content.guide;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.reference.Slugs;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CityGuideIT extends ContentIT {

    @Test
    void editorsWriteAGuideEveryoneReadsWithCacheHeaders() throws Exception {
        String city = "Guideton " + unique();
        String path = "/content/city-guides/TX/" + Slugs.of(city);
        mvc.perform(get(path)).andExpect(status().isNotFound());

        String body = mvc.perform(put(path).header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(Guides.aGuide(city, "Warm winters.")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode guide = json.readTree(body);
        assertThat(guide.get("cityId").asString()).hasSize(36);

        String etag = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[1].type").value("housing"))
                .andExpect(jsonPath("$.healthcareFacilities[0].specialties[0]").value("icu"))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified());

        mvc.perform(put(path).header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(Guides.aGuide(city, "Mild winters."), guide.get("version").asLong())))
                .andExpect(status().isOk());
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[0].content").value("Mild winters."));
        mvc.perform(put(path).header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(withVersion(Guides.aGuide(city, "Stale."), guide.get("version").asLong())))
                .andExpect(status().isConflict());
    }

    @Test
    void aGuideIsRefusedForAnUnknownStateOrAnotherCityAndNotStored() throws Exception {
        long guides = mongo.getCollection("city_guides").countDocuments();
        mvc.perform(put("/content/city-guides/ZZ/nowhere").header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(Guides.aGuide("Nowhere", "x")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("state"));
        mvc.perform(put("/content/city-guides/TX/austin").header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                        .content(Guides.aGuide("Dallas", "x")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("cityName"));
        mvc.perform(put("/content/city-guides/TX/austin").header("Authorization", bearer(UUID.randomUUID(), "candidate"))
                        .contentType(MediaType.APPLICATION_JSON).content(Guides.aGuide("Austin", "x")))
                .andExpect(status().isForbidden());
        assertThat(mongo.getCollection("city_guides").countDocuments()).isEqualTo(guides);
    }

    static String withVersion(String body, long version) {
        int end = body.lastIndexOf('}');
        return body.substring(0, end) + ", \"version\": " + version + "}";
    }
}
