package com.excelmedical.staffing.candidates.eligibilitycheck;

import com.excelmedical.staffing.candidates.eligibility.IneligibilityReason;
import com.excelmedical.staffing.candidates.eligibility.JobRequirements;

/** The sentence shown beside each reason code, naming the job's state, dates and the certification concerned. */
final class ReasonDetails {

    private ReasonDetails() {
    }

    static EligibilityReason describe(IneligibilityReason reason, JobRequirements job) {
        String license = job.licenseType().map(type -> "an active " + type + " license").orElse("an active license");
        String state = job.state().value();
        String start = job.window().start().toString();
        String end = job.window().end().toString();
        String certification = reason.certification() == null ? "" : reason.certification().value();
        String detail = switch (reason.code()) {
            case NO_LICENSE_IN_STATE -> "the job in " + state + " needs " + license + " issued by " + state
                    + " or a multistate license that counts there";
            case COMPACT_NOT_HONOURED_IN_STATE -> state + " does not honour Nurse Licensure Compact multistate licenses";
            case COMPACT_HOME_STATE_NOT_MEMBER -> "a multistate license counts only from a state that issues them under the "
                    + "Nurse Licensure Compact";
            case LICENSE_EXPIRES_BEFORE_START -> "the license for " + state + " expires before the start date " + start;
            case LICENSE_NOT_ACTIVE -> "the license for " + state + " is not active";
            case LICENSE_ISSUED_AFTER_START -> "the license for " + state + " is issued after the start date " + start;
            case CERTIFICATION_MISSING -> certification + " is required and not on file";
            case CERTIFICATION_EXPIRED -> certification + " expires before the start date " + start;
            case CERTIFICATION_EXPIRES_DURING_ASSIGNMENT -> certification + " expires before the end date " + end;
            case CERTIFICATION_NOT_ACTIVE -> certification + " is not active";
            case CERTIFICATION_ISSUED_AFTER_START -> certification + " is issued after the start date " + start;
        };
        return new EligibilityReason(reason.toString(), detail);
    }
}
