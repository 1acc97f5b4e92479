package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Sensitive personal data: the candidate sets it and sees it masked; recruiters and admins read it in full
 * with a stated reason, each read logged; admins page the log. Answers are never cached.
 */
@RestController
class PersonalDataController {

    private static final int MIN_REASON = 10;

    private final PersonalData personalData;

    PersonalDataController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/candidates/me/personal-data")
    @PreAuthorize("hasRole('candidate')")
    ResponseEntity<MaskedPersonalData> mine(CurrentUser user) {
        return noStore(personalData.masked(user.id()));
    }

    @PutMapping("/candidates/me/personal-data")
    @PreAuthorize("hasRole('candidate')")
    ResponseEntity<MaskedPersonalData> update(@Valid @RequestBody PersonalDataRequest request, CurrentUser user) {
        request.unknownField().ifPresent(field -> {
            throw new InvalidInputException(field, "is not a field of personal data (ssn, dateOfBirth)");
        });
        if (request.ssn() == null && request.dateOfBirth() == null) {
            throw new InvalidInputException("ssn", "give ssn, dateOfBirth or both");
        }
        return noStore(personalData.update(user.id(), request.ssn() == null ? null : new Ssn(request.ssn()),
                request.dateOfBirth() == null ? null : new DateOfBirth(request.dateOfBirth())));
    }

    @GetMapping("/candidates/{candidateId}/personal-data")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    ResponseEntity<PersonalDataResponse> disclose(@PathVariable UUID candidateId,
                                                  @RequestParam @NotBlank @Size(min = MIN_REASON, max = 500) String reason,
                                                  CurrentUser user) {
        if (reason.strip().length() < MIN_REASON) {
            throw new InvalidInputException("reason", "size must be between " + MIN_REASON + " and 500");
        }
        String role = user.isAdmin() ? "admin" : "recruiter";
        return noStore(personalData.disclose(candidateId, user.id(), role, reason.strip()));
    }

    @GetMapping("/candidates/personal-data/access-log")
    @PreAuthorize("hasRole('admin')")
    PageResponse<AccessLogEntryResponse> accessLog(@RequestParam(required = false) UUID candidateId, PageQuery page) {
        return personalData.accessLog(candidateId, page);
    }

    private static <T> ResponseEntity<T> noStore(T body) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }
}
