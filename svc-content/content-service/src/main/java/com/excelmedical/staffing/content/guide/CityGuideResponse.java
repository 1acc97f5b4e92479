package com.excelmedical.staffing.content.guide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A city guide. */
public record CityGuideResponse(String stateCode, String citySlug, String cityName, UUID cityId, String title,
                                String summary, List<GuideParts.Section> sections, List<GuideParts.Highlight> highlights,
                                List<GuideParts.Housing> housingOptions,
                                List<GuideParts.Transportation> transportationOptions,
                                List<GuideParts.Facility> healthcareFacilities, BigDecimal costOfLivingIndex,
                                boolean aiGenerated, Instant updatedAt, long version) {

    static CityGuideResponse of(CityGuide g) {
        return new CityGuideResponse(g.stateCode(), g.citySlug(), g.cityName(), UUID.fromString(g.cityId()), g.title(),
                g.summary(), g.sections(), g.highlights(), g.housingOptions(), g.transportationOptions(),
                g.healthcareFacilities(), g.costOfLivingIndex(), g.aiGenerated(), g.updatedAt(), g.version());
    }
}
