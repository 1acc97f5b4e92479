package com.excelmedical.staffing.content.landing;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.guide.Guides;
import com.excelmedical.staffing.content.market.JobEventsFixture;
import com.excelmedical.staffing.content.market.MarketJobs;
import com.excelmedical.staffing.content.reference.Slugs;
import com.excelmedical.staffing.jobs.events.JobDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A landing page is served from its JSON kept in memory: an edit of its guide or a change of its market reaches
 * the tag and the body within the refresh periods, unchanged parts keep the tag, and a page that is gone is gone.
 */
class LandingCacheIT extends ContentIT {

    private static final Duration REFRESHED = Duration.ofSeconds(10);

    @Autowired
    MarketJobs marketJobs;

    @Test
    void unchangedPartsKeepTheTagThroughRefreshes() throws Exception {
        String path = pageWithGuide("Steady " + unique());
        MockHttpServletResponse first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(first.getContentType()).isEqualTo(MediaType.APPLICATION_JSON_VALUE);
        String etag = first.getHeader("ETag");

        await().during(Duration.ofMillis(2_500)).atMost(Duration.ofSeconds(5))
                .until(() -> statusOf(path, etag) == 304);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).isEqualTo(first.getContentAsString());
    }

    @Test
    void anEditedGuideChangesTheTagAndTheBody() throws Exception {
        String city = "Edited " + unique();
        String path = pageWithGuide(city);
        String etag = mvc.perform(get(path)).andReturn().getResponse().getHeader("ETag");
        long version = json.readTree(mvc.perform(get("/content/city-guides/TX/" + Slugs.of(city))).andReturn().getResponse()
                .getContentAsString()).get("version").asLong();

        String edited = Guides.aGuide(city, "Rewritten overview.").replace("Travel nursing in", "Nursing jobs in").strip();
        mvc.perform(put("/content/city-guides/TX/" + Slugs.of(city)).header("Authorization", editor())
                .contentType(MediaType.APPLICATION_JSON)
                .content(edited.substring(0, edited.length() - 1) + ", \"version\": " + version + "}"))
                .andExpect(status().isOk());

        await().atMost(REFRESHED).until(() -> statusOf(path, etag) == 200);
        assertThat(page(path).get("cityGuide").get("title").asString()).isEqualTo("Nursing jobs in " + city);
        assertThat(page(path).get("cityGuide").get("sections").get(0).get("excerpt").asString()).isEqualTo("Rewritten overview.");
    }

    @Test
    void aMarketChangeChangesTheFiguresAndAClosedMarketWithoutGuideIsGone() throws Exception {
        String city = "Marketville " + unique();
        String path = "/content/landing/icu/TX/" + Slugs.of(city);
        UUID jobId = UUID.randomUUID();
        marketJobs.details(UUID.randomUUID(), Instant.now(), jobId, job(city, "3100.00", "active"), true);
        await().atMost(REFRESHED).until(() -> statusOf(path, null) == 200);
        assertThat(page(path).get("market").get("openJobs").asInt()).isEqualTo(1);
        String etag = mvc.perform(get(path)).andReturn().getResponse().getHeader("ETag");

        marketJobs.details(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), job(city, "2900.00", "active"), true);
        await().atMost(REFRESHED).until(() -> statusOf(path, etag) == 200);
        assertThat(page(path).get("market").get("openJobs").asInt()).isEqualTo(2);
        assertThat(page(path).get("market").get("weeklyPayMedian").decimalValue()).isEqualByComparingTo("3000.00");

        marketJobs.status(UUID.randomUUID(), Instant.now(), jobId, "closed");
        await().atMost(REFRESHED).until(() -> page(path).get("market").get("openJobs").asInt() == 1);
    }

    @Test
    void aMarketWithoutGuideWhoseLastJobClosesHasNoPageAnyMore() throws Exception {
        String city = "Closing " + unique();
        String path = "/content/landing/icu/TX/" + Slugs.of(city);
        UUID jobId = UUID.randomUUID();
        marketJobs.details(UUID.randomUUID(), Instant.now(), jobId, job(city, "3100.00", "active"), true);
        await().atMost(REFRESHED).until(() -> statusOf(path, null) == 200);

        marketJobs.status(UUID.randomUUID(), Instant.now(), jobId, "closed");
        await().atMost(REFRESHED).until(() -> statusOf(path, null) == 404);
    }

    private String pageWithGuide(String city) throws Exception {
        mvc.perform(put("/content/city-guides/TX/" + Slugs.of(city)).header("Authorization", editor())
                .contentType(MediaType.APPLICATION_JSON).content(Guides.aGuide(city, "Overview."))).andExpect(status().isOk());
        return "/content/landing/icu/TX/" + Slugs.of(city);
    }

    private int statusOf(String path, String ifNoneMatch) throws Exception {
        var request = get(path);
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private tools.jackson.databind.JsonNode page(String path) throws Exception {
        return json.readTree(mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static JobDetails job(String city, String weeklyPay, String status) {
        return new JobDetails("ICU nights", UUID.randomUUID(), JobEventsFixture.ICU, "ICU", "travel", "Mercy", UUID.randomUUID(),
                city, "TX", null, null, "night", null, weeklyPay, "USD", 1, status, false, UUID.randomUUID());
    }
}
