package com.excelmedical.staffing.content;

/** Request bodies of pages, as an editor would send them. */
public final class Pages {

    private Pages() {
    }

    public static String aBlogPost(String title) {
        return aPage("blog", title, null, "A summary of " + title, "[]", "");
    }

    public static String aPage(String type, String title, String slug, String summary, String keywords, String relatedJson) {
        return """
                {"type": "%s", "title": "%s", %s "summary": "%s",
                 "blocks": [{"type": "heading", "text": "Why go", "level": 2},
                            {"type": "text", "text": "Plenty of shifts."},
                            {"type": "image", "url": "https://cdn.example.com/a.jpg", "alt": "A hospital"},
                            {"type": "table", "headers": ["Unit", "Pay"], "rows": [["ICU", "2600"]]}],
                 "seo": {"title": "%s", "description": "About %s", "keywords": %s},
                 %s "authorName": "Erin Editor"}
                """.formatted(type, title, slug == null ? "" : "\"slug\": \"" + slug + "\",", summary, title, title, keywords,
                relatedJson.isEmpty() ? "" : "\"related\": " + relatedJson + ",");
    }
}
