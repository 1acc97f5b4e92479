package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.UndeclaredFields;
import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;

/**
 * A certification as the candidate enters it: {@code certificationCode} from svc-jobs' certification
 * reference data ({@code BLS}, {@code ACLS}); {@code expiresOn} left out for one that does not expire;
 * {@code version} (the one read) only when changing one. Undeclared fields are a 400 naming them.
 */
public record CertificationRequest(
        @PositiveOrZero Long version,
        @NotNull @Pattern(regexp = CODE, message = "must be a certification code (BLS, ACLS, ARRT_CT)") String certificationCode,
        @Size(max = 200) String issuingBody,
        @Size(max = 60) @Pattern(regexp = NUMBER, message = "must be letters, digits, spaces and . / -") String credentialNumber,
        @NotNull LocalDate issuedOn,
        LocalDate expiresOn,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String CODE = "[A-Za-z][A-Za-z0-9_]{1,29}";
    static final String NUMBER = "[A-Za-z0-9][A-Za-z0-9 ./-]{0,59}";

    /** The checked certification; rules across fields and against today's date are a 400 naming the field. */
    CertificationDetails toDetails(LocalDate today) {
        UndeclaredFields.refuse(unknown, "a certification");
        CredentialDates.issueAndExpiry(issuedOn, expiresOn, today);
        return new CertificationDetails(CertificationCode.of(certificationCode), text(issuingBody), text(credentialNumber),
                issuedOn, expiresOn);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
