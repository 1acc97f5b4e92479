package com.excelmedical.staffing.candidates.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The license half of eligibility: a license that lets the candidate practise in the job's state and is
 * valid on the first day. When none is, the reasons come from the license that came closest (the one
 * expiring last among those that count in the state), or say why none counts there.
 */
final class LicenseCheck {

    private LicenseCheck() {
    }

    static List<IneligibilityReason> check(List<License> held, JobRequirements job, CompactMembership compact) {
        List<License> ofType = held.stream()
                .filter(license -> job.licenseType().map(type -> type == license.type()).orElse(true))
                .toList();
        List<License> counting = ofType.stream().filter(license -> compact.covers(license, job.state())).toList();
        LocalDate start = job.window().start();
        if (counting.stream().anyMatch(license -> license.validOn(start))) {
            return List.of();
        }
        Optional<License> closest = counting.stream().max(Comparator.comparing(License::expiresOn));
        if (closest.isPresent()) {
            return List.of(IneligibilityReason.of(whyNotValid(closest.get(), start)));
        }
        return whyNoneCounts(ofType, job.state(), compact);
    }

    private static ReasonCode whyNotValid(License license, LocalDate start) {
        if (license.expiresOn().isBefore(start)) {
            return ReasonCode.LICENSE_EXPIRES_BEFORE_START;
        }
        if (!license.status().isActive()) {
            return ReasonCode.LICENSE_NOT_ACTIVE;
        }
        return ReasonCode.LICENSE_ISSUED_AFTER_START;
    }

    private static List<IneligibilityReason> whyNoneCounts(List<License> ofType, StateCode state, CompactMembership compact) {
        List<IneligibilityReason> reasons = new ArrayList<>();
        reasons.add(IneligibilityReason.of(ReasonCode.NO_LICENSE_IN_STATE));
        List<License> multistate = ofType.stream().filter(License::multistate).toList();
        if (!multistate.isEmpty() && !compact.honoursMultistate(state)) {
            reasons.add(IneligibilityReason.of(ReasonCode.COMPACT_NOT_HONOURED_IN_STATE));
        }
        if (multistate.stream().anyMatch(license -> !compact.issuesMultistate(license.state()))) {
            reasons.add(IneligibilityReason.of(ReasonCode.COMPACT_HOME_STATE_NOT_MEMBER));
        }
        return reasons;
    }
}
