package com.excelmedical.staffing.referrals.policy;

import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.validation.Money;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.UUID;

/** Admins read and set the bonus policies; a placement is priced by the policy in force when it is processed. */
@RestController
@PreAuthorize("hasRole('admin')")
class BonusPolicyController {

    private final BonusPolicies policies;
    private final Clock clock;

    BonusPolicyController(BonusPolicies policies, Clock clock) {
        this.policies = policies;
        this.clock = clock;
    }

    @GetMapping("/referrals/bonus-policies")
    PageResponse<BonusPolicyResponse> list() {
        return PageResponse.whole(policies.all().stream().map(BonusPolicyResponse::of).toList());
    }

    /** Sets the policy of a specialty, a job type, both, or (neither given) the default. */
    @PutMapping("/referrals/bonus-policies")
    BonusPolicyResponse set(@Valid @RequestBody BonusPolicyRequest request) {
        BonusPolicy saved = policies.save(new BonusPolicy(UUID.randomUUID(), request.specialtyId(), request.jobType(),
                request.amount().setScale(2), request.currency(), request.qualifyingDays().intValueExact()), clock.instant());
        return BonusPolicyResponse.of(saved);
    }

    record BonusPolicyRequest(UUID specialtyId,
                              @Pattern(regexp = "travel|perm|per_diem|local") String jobType,
                              @NotNull @Money BigDecimal amount,
                              @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
                              @NotNull @Digits(integer = 4, fraction = 0) @DecimalMin("0") @DecimalMax("3650")
                              BigDecimal qualifyingDays) {
    }

    record BonusPolicyResponse(UUID id, UUID specialtyId, String jobType, String amount, String currency, int qualifyingDays) {
        static BonusPolicyResponse of(BonusPolicy policy) {
            return new BonusPolicyResponse(policy.id(), policy.specialtyId(), policy.jobType(),
                    policy.amount().toPlainString(), policy.currency(), policy.qualifyingDays());
        }
    }
}
