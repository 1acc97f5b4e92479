package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PageCachingIT extends ContentIT {

    @Test
    void aPublicReadIsCacheableAndAnEditChangesItsTag() throws Exception {
        PageClient editor = new PageClient(mvc, json, editor());
        JsonNode page = editor.published(Pages.aBlogPost("Cache me " + unique()));
        String slug = page.get("slug").asString();
        String path = "/content/pages/" + slug;

        String etag = mvc.perform(get(path)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=300, public"))
                .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(path).header("If-None-Match", etag))
                .andExpect(status().isNotModified()).andExpect(content().string(""));

        editor.edit(page.get("id").asString(), PageClient.withVersion(
                Pages.aPage("blog", "Cache me again", slug, "s", "[]", ""), page.get("version").asLong())).andExpect(status().isOk());

        String newTag = mvc.perform(get(path).header("If-None-Match", etag)).andExpect(status().isOk())
                .andReturn().getResponse().getHeader("ETag");
        assertThat(newTag).isNotEqualTo(etag);
    }

    @Test
    void anEditorsViewOfADraftIsPrivate() throws Exception {
        PageClient editor = new PageClient(mvc, json, editor());
        JsonNode page = editor.created(Pages.aBlogPost("Private " + unique()));

        editor.viewAsEditor(page.get("slug").asString()).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, private"));
    }
}
