package com.excelmedical.staffing.content.sitemap;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.market.JobEventsFixture;
import com.excelmedical.staffing.content.page.PageClient;
import com.excelmedical.staffing.content.reference.Slugs;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import tools.jackson.databind.JsonNode;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SitemapIT extends ContentIT {

    @Test
    void publishedPagesAndLandingPagesWithOpenJobsValidAgainstTheProtocolSchema() throws Exception {
        PageClient editor = new PageClient(mvc, json, editor());
        JsonNode page = editor.published(Pages.aBlogPost("Sitemap & <friends> " + unique()));
        JsonNode draft = editor.created(Pages.aBlogPost("Sitemap draft " + unique()));
        String open = "Openville " + unique();
        String closed = "Closedville " + unique();
        try (JobEventsFixture openJobs = new JobEventsFixture(json, open, "CO");
             JobEventsFixture closedJobs = new JobEventsFixture(json, closed, "CO")) {
            openJobs.send(openJobs.published(UUID.randomUUID(), openJobs.job(JobEventsFixture.ICU, "ICU", "2000.00", "active"), Instant.now()));
            closedJobs.send(closedJobs.published(UUID.randomUUID(), closedJobs.job(JobEventsFixture.ICU, "ICU", "2000.00", "closed"), Instant.now()));
        }
        String landing = "/landing/icu/CO/" + Slugs.of(open);
        await().atMost(Duration.ofSeconds(30)).until(() -> sitemap().contains(landing));

        String xml = mvc.perform(get("/content/sitemap.xml")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/xml")))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getContentAsString();

        validate(xml);
        assertThat(xml).contains("<loc>https://www.excelmedical.com/pages/" + page.get("slug").asString() + "</loc>")
                .doesNotContain(draft.get("slug").asString())
                .doesNotContain(Slugs.of(closed))
                .containsPattern("<lastmod>\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z</lastmod>");
    }

    @Test
    void theSchemaCheckWouldCatchAnInvalidSitemap() {
        assertThatThrownBy(() -> validate("""
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><lastmod>yesterday</lastmod></url></urlset>"""))
                .isInstanceOf(SAXException.class);
    }

    private String sitemap() throws Exception {
        return mvc.perform(get("/content/sitemap.xml")).andReturn().getResponse().getContentAsString();
    }

    private static void validate(String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        var schema = factory.newSchema(new StreamSource(SitemapIT.class.getResourceAsStream("/sitemap/sitemap-0.9.xsd")));
        schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    }
}
