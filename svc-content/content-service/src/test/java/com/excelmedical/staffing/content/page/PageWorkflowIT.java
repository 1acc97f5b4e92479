package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PageWorkflowIT extends ContentIT {

    private PageClient editor;

    @BeforeEach
    void client() {
        editor = new PageClient(mvc, json, editor());
    }

    @Test
    void aNewPageIsADraftThatOnlyEditorsSee() throws Exception {
        String word = unique();
        JsonNode page = editor.created(Pages.aBlogPost("Travel Nursing in Zürich, " + word + "!"));

        assertThat(page.get("slug").asString()).isEqualTo("travel-nursing-in-zurich-" + word);
        assertThat(page.get("status").asString()).isEqualTo("draft");
        editor.viewAsPublic(page.get("slug").asString()).andExpect(status().isNotFound());
        editor.viewAsEditor(page.get("slug").asString()).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
        mvc.perform(get("/content/pages/" + page.get("slug").asString()).header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAPageInReviewIsPublishedAndEachPublicationKeepsThePreviousVersion() throws Exception {
        String title = "ICU pay " + unique();
        JsonNode page = editor.created(Pages.aBlogPost(title));
        String id = page.get("id").asString();
        String slug = page.get("slug").asString();

        editor.step(id, "publish").andExpect(status().isConflict()).andExpect(jsonPath("$.errors[0].field").value("status"));
        editor.step(id, "submit").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("in_review"));
        editor.step(id, "return").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
        editor.step(id, "submit").andExpect(status().isOk());
        JsonNode published = editor.read(editor.step(id, "publish").andExpect(status().isOk()));
        assertThat(published.get("revision").asInt()).isEqualTo(1);
        editor.viewAsPublic(slug).andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));

        String newTitle = title + " (2027)";
        String edit = PageClient.withVersion(Pages.aPage("blog", newTitle, slug, "New summary", "[]", ""), published.get("version").asLong());
        editor.edit(id, edit).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("draft"));
        // the edit is a draft: the public still reads the published version
        editor.viewAsPublic(slug).andExpect(status().isOk()).andExpect(jsonPath("$.title").value(title));
        editor.step(id, "submit").andExpect(status().isOk());
        editor.step(id, "publish").andExpect(status().isOk()).andExpect(jsonPath("$.revision").value(2));
        editor.viewAsPublic(slug).andExpect(status().isOk()).andExpect(jsonPath("$.title").value(newTitle));

        JsonNode revisions = editor.read(mvc.perform(get("/content/pages/" + id + "/revisions").header("Authorization", editor()))
                .andExpect(status().isOk()));
        assertThat(revisions).hasSize(1);
        assertThat(revisions.get(0).get("title").asString()).isEqualTo(title);
        assertThat(revisions.get(0).get("revision").asInt()).isEqualTo(1);
        mvc.perform(get("/content/pages/" + id + "/revisions")).andExpect(status().isUnauthorized());
        mvc.perform(get("/content/pages/" + id + "/revisions").header("Authorization", bearer(UUID.randomUUID(), "candidate")))
                .andExpect(status().isForbidden());
    }

    @Test
    void archivedPageLeavesThePublicAndCannotBeArchivedTwice() throws Exception {
        JsonNode page = editor.published(Pages.aBlogPost("Archive me " + unique()));
        String id = page.get("id").asString();

        editor.step(id, "archive").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("archived"));

        editor.viewAsPublic(page.get("slug").asString()).andExpect(status().isNotFound());
        editor.step(id, "archive").andExpect(status().isConflict());
    }

    @Test
    void anEditMadeOnAnOlderVersionIsRefused() throws Exception {
        JsonNode page = editor.created(Pages.aBlogPost("Stale " + unique()));
        String id = page.get("id").asString();
        String slug = page.get("slug").asString();
        long version = page.get("version").asLong();
        editor.edit(id, PageClient.withVersion(Pages.aPage("blog", "First edit", slug, "s", "[]", ""), version))
                .andExpect(status().isOk());

        editor.edit(id, PageClient.withVersion(Pages.aPage("blog", "Second edit on the old version", slug, "s", "[]", ""), version))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/concurrent-modification"));

        editor.viewAsEditor(slug).andExpect(jsonPath("$.title").value("First edit"));
        editor.edit(id, Pages.aPage("blog", "No version", slug, "s", "[]", ""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    @Test
    void onlyEditorsAndAdminsWrite() throws Exception {
        new PageClient(mvc, json, bearer(UUID.randomUUID(), "candidate")).create(Pages.aBlogPost("Nope " + unique()))
                .andExpect(status().isForbidden());
        new PageClient(mvc, json, bearer(UUID.randomUUID(), "admin")).create(Pages.aBlogPost("Admin " + unique()))
                .andExpect(status().isCreated());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/content/pages")
                        .contentType("application/json").content(Pages.aBlogPost("Anonymous")))
                .andExpect(status().isUnauthorized());
    }
}
