package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.profile.StateCodes;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/**
 * A license as the candidate enters it; {@code version} (the one read) only when changing one. Fields the
 * body does not declare ({@code status}, {@code verifiedBy}) are a 400 naming them.
 */
public record LicenseRequest(
        @PositiveOrZero Long version,
        @NotNull @Pattern(regexp = TYPES, message = "must be one of RN, LPN, APRN, OTHER") String licenseType,
        @NotNull @Pattern(regexp = StateCodes.PATTERN, message = StateCodes.MESSAGE) String stateCode,
        @NotBlank @Size(max = 40) @Pattern(regexp = NUMBER, message = NUMBER_MESSAGE) String licenseNumber,
        Boolean multistate,
        @NotNull LocalDate issuedOn,
        @NotNull LocalDate expiresOn,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String TYPES = "RN|LPN|APRN|OTHER";
    static final String NUMBER = "[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}";
    static final String NUMBER_MESSAGE = "must be letters, digits, spaces and . / - (RN-123456)";

    /** The checked license; rules across fields and against today's date are a 400 naming the field. */
    LicenseDetails toDetails(LocalDate today) {
        UndeclaredFields.refuse(unknown, "a license");
        CredentialDates.issueAndExpiry(issuedOn, expiresOn, today);
        return new LicenseDetails(LicenseType.valueOf(licenseType), stateCode, licenseNumber.strip(),
                Boolean.TRUE.equals(multistate), issuedOn, expiresOn);
    }
}
