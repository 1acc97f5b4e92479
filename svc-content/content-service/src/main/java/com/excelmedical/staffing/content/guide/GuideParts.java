package com.excelmedical.staffing.content.guide;

import com.excelmedical.staffing.content.reference.Slugs;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** The parts of a city guide, as stored and as the API carries them. Text stays text; URLs are http(s). */
public final class GuideParts {

    static final String URL = "https?://\\S{1,2040}";
    static final String SLUG = Slugs.PATTERN;

    private GuideParts() {
    }

    /** @param type overview, housing, activities, healthcare, transportation, cost_of_living or other */
    public record Section(@NotBlank @Size(max = 200) String title,
                          @NotBlank @Pattern(regexp = "overview|housing|activities|healthcare|transportation|cost_of_living|other") String type,
                          @NotBlank @Size(max = 20_000) String content,
                          @Size(max = 20) List<@Pattern(regexp = URL) String> imageUrls) {
    }

    /** @param category restaurant, attraction, hospital, park, shopping or other */
    public record Highlight(@NotBlank @Size(max = 200) String title, @Size(max = 2000) String description,
                            @Pattern(regexp = URL) String imageUrl, @Pattern(regexp = URL) String websiteUrl,
                            @Size(max = 300) String address,
                            @Pattern(regexp = "restaurant|attraction|hospital|park|shopping|other") String category) {
    }

    /** @param type apartment, extended_stay, house, room or other; averagePrice a month in USD */
    public record Housing(@NotBlank @Pattern(regexp = "apartment|extended_stay|house|room|other") String type,
                          @DecimalMin("0") @Digits(integer = 7, fraction = 2) BigDecimal averagePrice,
                          @Size(max = 2000) String description,
                          @Size(max = 10) List<@Pattern(regexp = URL) String> websites,
                          @Size(max = 30) List<@NotBlank @Size(max = 100) String> neighborhoods) {
    }

    /** @param type bus, subway, light_rail, rideshare, bike, car or other */
    public record Transportation(@NotBlank @Pattern(regexp = "bus|subway|light_rail|rideshare|bike|car|other") String type,
                                 @Size(max = 2000) String description, @Pattern(regexp = URL) String websiteUrl,
                                 @Pattern(regexp = URL) String appUrl) {
    }

    /** @param specialties slugs of the specialties the facility hires for */
    public record Facility(@NotBlank @Size(max = 200) String name,
                           @Pattern(regexp = "hospital|clinic|rehabilitation|long_term_care|other") String type,
                           @Size(max = 300) String address, @Pattern(regexp = URL) String websiteUrl,
                           @Size(max = 30) List<@Pattern(regexp = SLUG) String> specialties) {
    }
}
