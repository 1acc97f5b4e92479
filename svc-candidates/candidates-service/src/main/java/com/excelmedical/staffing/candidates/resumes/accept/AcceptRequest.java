package com.excelmedical.staffing.candidates.resumes.accept;

import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to merge from a parsed resume: {@code fields} lists parts ({@code {"field": "certifications"}}, every
 * item) or items ({@code {"field": "licenses", "index": 0, "issuedOn": "2019-04-01"}}). A license or
 * certification needs its issue date, which resumes rarely give, and a license its expiry when the resume
 * gives none: they come with the item's index.
 */
public record AcceptRequest(@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Selection> fields,
                            @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    /** @param field one of contact, licenses, certifications, workHistory, education, skills */
    public record Selection(@NotBlank @Size(max = 20) @Schema(example = "licenses") String field,
                            @Min(0) @Max(999) Integer index, LocalDate issuedOn, LocalDate expiresOn) {
    }

    /** The checked choices; a rule across fields (and against today's date) is a 400 naming the field. */
    public List<Choice> toChoices(LocalDate today) {
        if (unknown != null && !unknown.isEmpty()) {
            String field = unknown.keySet().stream().sorted().findFirst().orElseThrow();
            throw new InvalidInputException(field.length() > 60 ? field.substring(0, 60) : field, "is not a field of the request");
        }
        List<Choice> choices = new ArrayList<>(fields.size());
        for (int i = 0; i < fields.size(); i++) {
            Selection selection = fields.get(i);
            String name = "fields[" + i + "]";
            ParsedPart part = ParsedPart.fromCode(selection.field().strip())
                    .orElseThrow(() -> new InvalidInputException(name + ".field", "must be one of " + ParsedPart.NAMES));
            boolean dated = selection.issuedOn() != null || selection.expiresOn() != null;
            if (dated && (!part.isCredential() || selection.index() == null)) {
                throw new InvalidInputException(name + (selection.issuedOn() != null ? ".issuedOn" : ".expiresOn"),
                        "dates are given for one license or certification, with its index");
            }
            if (selection.issuedOn() != null && selection.issuedOn().isAfter(today)) {
                throw new InvalidInputException(name + ".issuedOn", "must not be in the future");
            }
            if (selection.issuedOn() != null && selection.issuedOn().isBefore(today.minusYears(80))) {
                throw new InvalidInputException(name + ".issuedOn", "must be within the last 80 years");
            }
            if (selection.expiresOn() != null && selection.expiresOn().isAfter(today.plusYears(20))) {
                throw new InvalidInputException(name + ".expiresOn", "must be within the next 20 years");
            }
            if (selection.issuedOn() != null && selection.expiresOn() != null && selection.expiresOn().isBefore(selection.issuedOn())) {
                throw new InvalidInputException(name + ".expiresOn", "must not be before issuedOn");
            }
            choices.add(new Choice(i, part, selection.index(), selection.issuedOn(), selection.expiresOn()));
        }
        return choices;
    }
}
