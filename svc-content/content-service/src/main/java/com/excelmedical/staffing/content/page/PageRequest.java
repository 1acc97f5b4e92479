package com.excelmedical.staffing.content.page;

import com.excelmedical.staffing.content.reference.Slugs;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * A page to create or the new working copy of one. {@code slug} is made from the title when absent.
 * {@code version} is the version the edit was made on (required to edit; a stale one is a 409).
 */
public record PageRequest(@NotBlank @Pattern(regexp = PageType.CODES) String type,
                          @NotBlank @Size(max = 200) String title,
                          @Size(max = 120) @Pattern(regexp = Slugs.PATTERN, message = "must be lowercase letters and digits in words joined by single hyphens") String slug,
                          @Size(max = 2000) String summary,
                          @NotNull @Size(max = 200) List<@NotNull @Valid BlockRequest> blocks,
                          @Valid SeoRequest seo,
                          @Valid RelatedRequest related,
                          @Size(max = 120) String authorName,
                          Boolean aiGenerated,
                          @PositiveOrZero Long version) {

    /** @param keywords at most 20 */
    public record SeoRequest(@Size(max = 200) String title, @Size(max = 500) String description,
                             @Size(max = 20) List<@NotBlank @Size(max = 60) String> keywords) {
    }

    /**
     * @param specialtyId a specialty of svc-jobs
     * @param stateCode   a state code such as TX
     * @param city        the city's name as svc-jobs spells it (needs {@code stateCode})
     */
    public record RelatedRequest(UUID specialtyId,
                                 @Schema(pattern = "[A-Z]{2}") @Pattern(regexp = "[A-Z]{2}") String stateCode,
                                 @Size(max = 100) String city) {
    }
}
