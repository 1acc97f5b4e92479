package com.excelmedical.staffing.content.guide;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A city's guide for travelling clinicians, addressed by state and city slug ({@code _id} {@code TX:san-antonio}). */
@Document(CityGuide.COLLECTION)
public class CityGuide {

    public static final String COLLECTION = "city_guides";

    @Id
    private String id;
    private String stateCode;
    private String citySlug;
    private String cityName;
    private String cityId;
    private String title;
    private String summary;
    private List<GuideParts.Section> sections;
    private List<GuideParts.Highlight> highlights;
    private List<GuideParts.Housing> housingOptions;
    private List<GuideParts.Transportation> transportationOptions;
    private List<GuideParts.Facility> healthcareFacilities;
    private BigDecimal costOfLivingIndex;
    private boolean aiGenerated;
    private Instant updatedAt;
    @Version
    private Long version;

    protected CityGuide() {
    }

    static String id(String stateCode, String citySlug) {
        return stateCode + ":" + citySlug;
    }

    static CityGuide create(String stateCode, String citySlug, String cityId) {
        CityGuide guide = new CityGuide();
        guide.id = id(stateCode, citySlug);
        guide.stateCode = stateCode;
        guide.citySlug = citySlug;
        guide.cityId = cityId;
        return guide;
    }

    void write(CityGuideRequest request, Instant now) {
        cityName = request.cityName().strip();
        title = request.title();
        summary = request.summary();
        sections = orEmpty(request.sections());
        highlights = orEmpty(request.highlights());
        housingOptions = orEmpty(request.housingOptions());
        transportationOptions = orEmpty(request.transportationOptions());
        healthcareFacilities = orEmpty(request.healthcareFacilities());
        costOfLivingIndex = request.costOfLivingIndex();
        aiGenerated = Boolean.TRUE.equals(request.aiGenerated());
        updatedAt = now;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public String stateCode() { return stateCode; }
    public String citySlug() { return citySlug; }
    public String cityName() { return cityName; }
    public String cityId() { return cityId; }
    public String title() { return title; }
    public String summary() { return summary; }
    public List<GuideParts.Section> sections() { return sections; }
    public List<GuideParts.Highlight> highlights() { return highlights; }
    public List<GuideParts.Housing> housingOptions() { return housingOptions; }
    public List<GuideParts.Transportation> transportationOptions() { return transportationOptions; }
    public List<GuideParts.Facility> healthcareFacilities() { return healthcareFacilities; }
    public BigDecimal costOfLivingIndex() { return costOfLivingIndex; }
    public boolean aiGenerated() { return aiGenerated; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version == null ? 0 : version; }
}
