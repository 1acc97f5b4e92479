package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class SlugIT extends ContentIT {

    private PageClient editor;

    @BeforeEach
    void client() {
        editor = new PageClient(mvc, json, editor());
    }

    @Test
    void aTakenSlugIsAConflictThatNamesAFreeOne() throws Exception {
        String slug = "night-shift-" + unique();
        editor.created(Pages.aPage("faq", "Night shift", slug, "s", "[]", ""));
        long pages = mongo.getCollection("pages").countDocuments();

        JsonNode problem = editor.read(editor.create(Pages.aPage("faq", "Another night shift", slug, "s", "[]", ""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("slug")));

        assertThat(problem.get("detail").asString()).contains(slug + "-2 is free");
        assertThat(mongo.getCollection("pages").countDocuments()).isEqualTo(pages);
        editor.create(Pages.aPage("faq", "Another night shift", slug + "-2", "s", "[]", "")).andExpect(status().isCreated());
        assertThat(editor.read(editor.create(Pages.aPage("faq", "Third", slug, "s", "[]", "")).andExpect(status().isConflict()))
                .get("detail").asString()).contains(slug + "-3 is free");
    }

    @Test
    void aSlugWithIllegalCharactersIsRefused() throws Exception {
        long pages = mongo.getCollection("pages").countDocuments();
        for (String slug : new String[]{"Upper-Case", "two--hyphens", "-leading", "space here", "ümlaut", "a/b"}) {
            editor.create(Pages.aPage("faq", "Bad slug", slug, "s", "[]", ""))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("slug"));
        }
        assertThat(mongo.getCollection("pages").countDocuments()).isEqualTo(pages);
    }

    @Test
    void aTitleWithoutLettersOrDigitsNeedsASlug() throws Exception {
        editor.create(Pages.aPage("faq", "!!!", null, "s", "[]", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("title"));
    }
}
