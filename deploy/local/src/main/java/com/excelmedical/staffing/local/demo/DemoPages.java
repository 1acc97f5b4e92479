package com.excelmedical.staffing.local.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The demo's pages as svc-content's create request takes them, each with a fixed slug so a kept run finds it. */
final class DemoPages {

    /** A page to create: its slug and the request body. */
    record Page(String slug, Map<String, Object> body) {
    }

    private DemoPages() {
    }

    static Page cityGuide(String city, String stateCode) {
        String slug = "city-guide-" + slug(city) + "-" + stateCode.toLowerCase(Locale.ROOT);
        return page("city_guide", slug, "Travel nursing in " + city + ", " + stateCode,
                "Where travel nurses live, commute and unwind in " + city + ".",
                List.of(heading("Neighbourhoods"),
                        text("Most travelers in " + city + " pick furnished short-term rentals within 20 minutes of "
                                + "their facility; ask your recruiter for the housing stipend before you sign a lease."),
                        heading("Getting around"),
                        list(List.of("Public transit covers the main hospital districts",
                                "Night shifts: plan for parking at the facility", "Airport within an hour"))),
                Map.of("stateCode", stateCode, "city", city));
    }

    static Page specialtyGuide(String specialtyId, String specialty) {
        return page("specialty_guide", "specialty-guide-" + slug(specialty), specialty + " travel nursing guide",
                "Certifications, pay and what a typical " + specialty + " assignment looks like.",
                List.of(heading("Certifications"),
                        text("Facilities ask for BLS on every assignment; most " + specialty
                                + " units also expect the certifications of the specialty before the first shift."),
                        heading("Pay"),
                        text("Weekly pay depends on the city and the shift: see the market figures on each city's page.")),
                Map.of("specialtyId", specialtyId));
    }

    static List<Page> general() {
        return List.of(
                page("page", "how-travel-nursing-works", "How travel nursing works",
                        "From your first call with a recruiter to your first day on the unit.",
                        List.of(list(List.of("Create your profile and upload your licenses", "Apply to jobs you like",
                                "Interview with the facility", "Accept the offer and get credentialed")),
                                text("Assignments usually run 13 weeks and can be extended.")), null),
                page("page", "referral-program", "Our referral program",
                        "Refer a friend and earn a bonus when they are placed.",
                        List.of(text("Share your referral code. When someone who registered with it is placed, "
                                + "a bonus is credited to you and paid once the assignment has run 90 days.")), null));
    }

    private static Page page(String type, String slug, String title, String summary, List<Map<String, Object>> blocks,
                             Map<String, Object> related) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("slug", slug);
        body.put("title", title);
        body.put("summary", summary);
        body.put("blocks", blocks);
        body.put("seo", Map.of("title", title, "description", summary));
        if (related != null) {
            body.put("related", related);
        }
        body.put("authorName", DemoAccount.EDITOR.firstName() + " " + DemoAccount.EDITOR.lastName());
        return new Page(slug, body);
    }

    private static Map<String, Object> heading(String text) {
        return Map.of("type", "heading", "text", text, "level", 2);
    }

    private static Map<String, Object> text(String text) {
        return Map.of("type", "text", "text", text);
    }

    private static Map<String, Object> list(List<String> items) {
        return Map.of("type", "list", "items", items, "style", "bullet");
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
