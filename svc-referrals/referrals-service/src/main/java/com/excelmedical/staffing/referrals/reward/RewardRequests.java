package com.excelmedical.staffing.referrals.reward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the admins' decisions; the amount is never among them. */
final class RewardRequests {

    private RewardRequests() {
    }

    record DenyRequest(@NotBlank @Size(max = 500) String reason) {
    }

    record PayRequest(@NotNull @Pattern(regexp = PaymentMethod.CODES) String method,
                      @NotBlank @Size(max = 100) String reference) {
    }
}
