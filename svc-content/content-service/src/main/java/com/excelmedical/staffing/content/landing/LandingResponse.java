package com.excelmedical.staffing.content.landing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The SEO landing page of a specialty in a city: excerpts of the city guide and of the specialty guide (each
 * null when there is none) and the live market figures.
 */
public record LandingResponse(SpecialtyRef specialty, String stateCode, String citySlug, String cityName,
                              GuideExcerpt cityGuide, SpecialtyGuide specialtyGuide, Market market) {

    public record SpecialtyRef(UUID id, String slug, String name) {
    }

    public record GuideExcerpt(String title, String summary, List<SectionExcerpt> sections, List<String> highlights) {
    }

    public record SectionExcerpt(String title, String type, String excerpt) {
    }

    public record SpecialtyGuide(String slug, String title, String summary) {
    }

    /** Weekly pay figures are null when no open job states a weekly pay. */
    public record Market(int openJobs, BigDecimal weeklyPayMin, BigDecimal weeklyPayMedian, BigDecimal weeklyPayMax,
                         List<Posting> newestPostings) {
    }

    public record Posting(String title, String facilityName, BigDecimal weeklyPay, Instant publishedAt, String link) {
    }
}
