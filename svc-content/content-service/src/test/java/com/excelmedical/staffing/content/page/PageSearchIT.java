package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import com.excelmedical.staffing.content.Pages;
import com.excelmedical.staffing.content.market.JobEventsFixture;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Search over published pages. On the embedded server it runs on the searchTerms array alone; where the
 * devstack runs real MongoDB (Docker), the text index is used as well, and these same assertions hold.
 */
class PageSearchIT extends ContentIT {

    @Test
    void everyWordMustOccurAndFiltersNarrow() throws Exception {
        String word = unique();
        PageClient editor = new PageClient(mvc, json, editor());
        String icu = "{\"specialtyId\": \"" + JobEventsFixture.ICU + "\", \"stateCode\": \"TX\", \"city\": \"San Antonio\"}";
        editor.published(Pages.aPage("city_specialty", "ICU jobs in San Antonio " + word, null, "Night shifts", "[\"Riverwalk\"]", icu));
        editor.published(Pages.aPage("blog", "Packing list " + word, null, "What nurses bring to San Antonio", "[]", ""));
        editor.created(Pages.aPage("blog", "Draft about " + word, null, "Not published", "[]", ""));

        assertThat(titles("q=" + word)).containsExactlyInAnyOrder("ICU jobs in San Antonio " + word, "Packing list " + word);
        assertThat(titles("q=" + word.toUpperCase() + " ANTONIO riverwalk")).containsExactly("ICU jobs in San Antonio " + word);
        assertThat(titles("q=" + word + " nowhere")).isEmpty();
        assertThat(titles("q=" + word + "&type=blog")).containsExactly("Packing list " + word);
        assertThat(titles("q=" + word + "&state=TX&city=san-antonio&specialty=icu")).containsExactly("ICU jobs in San Antonio " + word);
        assertThat(titles("q=" + word + "&specialty=emergency-room")).isEmpty();
    }

    @Test
    void badFiltersAndPagesAreNamed() throws Exception {
        mvc.perform(get("/content/pages?size=101")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
        mvc.perform(get("/content/pages?type=novel")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("type"));
        mvc.perform(get("/content/pages?state=texas")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("state"));
    }

    private List<String> titles(String query) throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/content/pages?" + query)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        return page.get("items").valueStream().map(item -> item.get("title").asString()).toList();
    }
}
