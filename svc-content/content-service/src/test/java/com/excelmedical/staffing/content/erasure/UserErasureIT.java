package com.excelmedical.staffing.content.erasure;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.page.PageClient;
import com.excelmedical.staffing.identity.events.IdentityTopics;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.platform.events.CloudEventCodec;
import com.excelmedical.staffing.platform.test.TopicWriter;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserErasureIT extends ContentIT {

    @Test
    void anErasedAuthorsNameLeavesTheirPagesWhichStayOnline() throws Exception {
        UUID author = UUID.randomUUID();
        PageClient writer = new PageClient(mvc, json, bearer(author, "editor"));
        JsonNode page = writer.published(Pages.aBlogPost("Written by someone " + unique()));
        String slug = page.get("slug").asString();
        writer.viewAsPublic(slug).andExpect(jsonPath("$.authorName").value("Erin Editor"));
        PageClient other = new PageClient(mvc, json, editor());
        String kept = other.published(Pages.aBlogPost("Written by another " + unique())).get("slug").asString();

        try (TopicWriter users = TopicWriter.to(IdentityTopics.USERS, 3)) {
            users.send(author.toString(), new CloudEventCodec(json, "/identity").write(new UserErased(UUID.randomUUID(), Instant.now(), author)));
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> authorName(other.viewAsPublic(slug)) == null);
        other.viewAsPublic(slug).andExpect(status().isOk()).andExpect(jsonPath("$.title").value(page.get("title").asString()));
        org.assertj.core.api.Assertions.assertThat(authorName(other.viewAsEditor(slug))).isNull();
        other.viewAsPublic(kept).andExpect(jsonPath("$.authorName").value("Erin Editor"));
    }

    private String authorName(org.springframework.test.web.servlet.ResultActions page) throws Exception {
        JsonNode name = json.readTree(page.andReturn().getResponse().getContentAsString()).get("authorName");
        return name == null || name.isNull() ? null : name.asString();
    }
}
