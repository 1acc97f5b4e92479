package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.events.ContentTopics;
import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.devstack.KafkaServer;
import com.excelmedical.staffing.platform.test.EventSchemas;
import com.excelmedical.staffing.platform.test.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** PagePublished without a multi-document transaction: written into the page, relayed, then cleared. */
class PagePublishedOutboxIT extends ContentIT {

    private final KafkaServer kafka = DevStack.shared().kafka();

    @AfterEach
    void brokerBack() {
        if (!kafka.isRunning()) {
            kafka.start();
        }
    }

    @Test
    void aPublicationReachesTheTopicOnceAndLeavesNothingPending() throws Exception {
        JsonNode page = new PageClient(mvc, json, editor()).published(Pages.aBlogPost("Event " + unique()));
        String id = page.get("id").asString();

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(ContentTopics.PAGES, id, 1);

        EventSchemas.assertValid(records.getFirst().value());
        JsonNode event = json.readTree(records.getFirst().value());
        assertThat(event.get("type").asString()).isEqualTo("staffing.content.PagePublished.v1");
        assertThat(event.get("data").get("slug").asString()).isEqualTo(page.get("slug").asString());
        assertThat(event.get("data").get("revision").asInt()).isEqualTo(1);
        await().until(() -> pending(id).isEmpty());
    }

    @Test
    void aPublicationWhileTheBrokerIsDownArrivesAfterItReturns() throws Exception {
        PageClient editor = new PageClient(mvc, json, editor());
        String id = editor.created(Pages.aBlogPost("Outage " + unique())).get("id").asString();
        editor.step(id, "submit");
        kafka.stop();

        editor.step(id, "publish").andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        // the page is published and its event waits inside it while the relay keeps failing
        List<?> waiting = pending(id);
        assertThat(waiting).hasSize(1);
        String eventId = ((Document) waiting.getFirst()).getString("eventId");
        await().pollDelay(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> pending(id).size() == 1);
        editor.viewAsPublic(slugOf(id)).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());

        kafka.start();

        List<ConsumerRecord<String, String>> records = TopicReader.recordsWithKey(ContentTopics.PAGES, id, 1);
        assertThat(json.readTree(records.getFirst().value()).get("id").asString()).isEqualTo(eventId);
        await().atMost(Duration.ofSeconds(60)).until(() -> pending(id).isEmpty());
    }

    private List<?> pending(String pageId) {
        Document page = mongo.getCollection("pages").find(new Document("_id", pageId)).first();
        return page.getList("pendingEvents", Document.class, List.of());
    }

    private String slugOf(String pageId) {
        return mongo.getCollection("pages").find(new Document("_id", pageId)).first().getString("slug");
    }
}
