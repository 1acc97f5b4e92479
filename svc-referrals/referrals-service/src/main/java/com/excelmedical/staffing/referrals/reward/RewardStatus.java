package com.excelmedical.staffing.referrals.reward;

import java.util.Locale;
import java.util.Optional;

/** {@code pending → approved → paid}, or {@code denied} from pending or approved; paid and denied are final. */
public enum RewardStatus {
    PENDING, APPROVED, PAID, DENIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<RewardStatus> fromCode(String code) {
        for (RewardStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    boolean canMoveTo(RewardStatus target) {
        return switch (this) {
            case PENDING -> target == APPROVED || target == DENIED;
            case APPROVED -> target == PAID || target == DENIED;
            case PAID, DENIED -> false;
        };
    }
}
