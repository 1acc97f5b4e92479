package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.guide.Guides;
import com.excelmedical.staffing.content.market.JobEventsFixture;
import com.excelmedical.staffing.content.page.PageClient;
import com.excelmedical.staffing.content.reference.Slugs;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LandingIT extends ContentIT {

    @Test
    void guideExcerptsSpecialtyGuideAndFiguresWithAnETagThatFollowsTheMarket() throws Exception {
        String city = "Landington " + unique();
        String slug = Slugs.of(city);
        String path = "/content/landing/icu/TX/" + slug;
        mvc.perform(put("/content/city-guides/TX/" + slug).header("Authorization", editor()).contentType(MediaType.APPLICATION_JSON)
                .content(Guides.aGuide(city, "Long overview. ".repeat(40)))).andExpect(status().isOk());
        new PageClient(mvc, json, editor()).published(Pages.aPage("specialty_guide", "ICU nursing " + unique(), null,
                "Critical care, explained", "[]", "{\"specialtyId\": \"" + JobEventsFixture.ICU + "\"}"));

        String etag = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(jsonPath("$.specialty.name").value("ICU"))
                .andExpect(jsonPath("$.cityGuide.sections[0].excerpt").value(org.hamcrest.Matchers.endsWith("…")))
                .andExpect(jsonPath("$.cityGuide.highlights[0]").value("River Walk"))
                .andExpect(jsonPath("$.specialtyGuide.summary").isNotEmpty())
                .andExpect(jsonPath("$.market.openJobs").value(0))
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isNotModified())
                .andExpect(content().string("")).andExpect(header().string("ETag", etag));

        try (JobEventsFixture jobs = new JobEventsFixture(json, city, "TX")) {
            jobs.send(jobs.published(UUID.randomUUID(), jobs.job(JobEventsFixture.ICU, "ICU nights", "2800.00", "active"), Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(path).header("If-None-Match", etag))
                .andReturn().getResponse().getStatus() == 200);
        mvc.perform(get(path)).andExpect(jsonPath("$.market.openJobs").value(1))
                .andExpect(jsonPath("$.market.weeklyPayMedian").value(2800.0));
    }

    @Test
    void aCityWithoutGuideOrJobsHasNoLandingPage() throws Exception {
        mvc.perform(get("/content/landing/icu/TX/" + Slugs.of("Empty " + unique()))).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownSpecialtyOrStateIsNamed() throws Exception {
        mvc.perform(get("/content/landing/astronaut/TX/austin")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("specialty"));
        mvc.perform(get("/content/landing/icu/ZZ/austin")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }
}
