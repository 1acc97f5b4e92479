package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.ContentIT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class BlockValidationIT extends ContentIT {

    private PageClient editor;

    @BeforeEach
    void client() {
        editor = new PageClient(mvc, json, editor());
    }

    @Test
    void eachBlockIsCheckedForWhatItsTypeNeedsAndNothingIsStored() throws Exception {
        long pages = mongo.getCollection("pages").countDocuments();
        refused("{\"type\": \"carousel\", \"text\": \"x\"}", "blocks[1].type");
        refused("{\"type\": \"image\", \"url\": \"https://cdn.example.com/a.jpg\"}", "blocks[1].alt");
        refused("{\"type\": \"image\", \"url\": \"javascript:alert(1)\", \"alt\": \"x\"}", "blocks[1].url");
        refused("{\"type\": \"heading\", \"text\": \"Big\", \"level\": 1}", "blocks[1].level");
        refused("{\"type\": \"text\"}", "blocks[1].text");
        refused("{\"type\": \"list\", \"items\": []}", "blocks[1].items");
        refused("{\"type\": \"list\", \"items\": [\"a\"], \"style\": \"zigzag\"}", "blocks[1].style");
        refused("{\"type\": \"table\", \"headers\": [\"Unit\", \"Pay\"], \"rows\": [[\"ICU\", \"2600\"], [\"ER\"]]}", "blocks[1].rows[1]");
        refused("{\"type\": \"video\"}", "blocks[1].url");
        assertThat(mongo.getCollection("pages").countDocuments()).isEqualTo(pages);
    }

    @Test
    void everyBlockTypeIsStoredAndReturnedInOrder() throws Exception {
        JsonNode page = editor.created(page("""
                {"type": "quote", "text": "Best assignment ever", "attribution": "A nurse"},
                {"type": "list", "items": ["Housing", "Travel"], "style": "numbered"},
                {"type": "video", "url": "https://video.example.com/v/1", "thumbnail": "https://cdn.example.com/t.jpg"}"""));

        JsonNode blocks = page.get("blocks");
        assertThat(blocks).hasSize(4);
        assertThat(blocks.get(0).get("type").asString()).isEqualTo("text");
        assertThat(blocks.get(1).get("attribution").asString()).isEqualTo("A nurse");
        assertThat(blocks.get(2).get("style").asString()).isEqualTo("numbered");
        assertThat(blocks.get(2).get("items").get(1).asString()).isEqualTo("Travel");
        assertThat(blocks.get(3).get("thumbnail").asString()).isEqualTo("https://cdn.example.com/t.jpg");
        assertThat(blocks.get(3).has("text")).isFalse();
    }

    @Test
    void scriptInABlockComesBackAsTheCharactersItWas() throws Exception {
        String script = "<script>alert('x')</script><b onmouseover=\\\"steal()\\\">&amp;</b>";
        JsonNode created = editor.created(page("{\"type\": \"text\", \"text\": \"" + script + "\"}"));
        String id = created.get("id").asString();
        editor.step(id, "submit");
        editor.step(id, "publish").andExpect(status().isOk());

        String body = editor.viewAsPublic(created.get("slug").asString()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode block = json.readTree(body).get("blocks").get(1);

        assertThat(block.get("text").asString()).isEqualTo("<script>alert('x')</script><b onmouseover=\"steal()\">&amp;</b>");
        assertThat(body).doesNotContain("&lt;script").contains("<script>alert('x')</script>");
    }

    private void refused(String block, String field) throws Exception {
        editor.create(page(block)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(field));
    }

    private static String page(String blocks) {
        return """
                {"type": "page", "title": "Blocks %s", "summary": "s",
                 "blocks": [{"type": "text", "text": "First"}, %s]}
                """.formatted(unique(), blocks);
    }
}
