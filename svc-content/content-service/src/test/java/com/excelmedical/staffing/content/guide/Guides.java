package com.excelmedical.staffing.content.guide;

/** City guide request bodies, as an editor would send them (seed 000's city-guide document). */
public final class Guides {

    private Guides() {
    }

    public static String aGuide(String cityName, String overview) {
        return """
                {"cityName": "%s", "title": "Travel nursing in %s", "summary": "What to know before you go",
                 "sections": [{"title": "Overview", "type": "overview", "content": "%s"},
                              {"title": "Where to live", "type": "housing", "content": "Furnished flats near the medical centre."}],
                 "highlights": [{"title": "River Walk", "category": "attraction", "websiteUrl": "https://example.com/river"}],
                 "housingOptions": [{"type": "apartment", "averagePrice": 1850.00, "neighborhoods": ["Downtown"]}],
                 "transportationOptions": [{"type": "bus", "description": "Frequent buses"}],
                 "healthcareFacilities": [{"name": "Mercy General", "type": "hospital", "specialties": ["icu", "emergency-room"]}],
                 "costOfLivingIndex": 92.5}
                """.formatted(cityName, cityName, overview);
    }
}
