package com.excelmedical.staffing.candidates.resumes.accept;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What an accept merged ({@code item} as in the parsed fields, {@code licenses[0]}, and what was written) and
 * what it skipped, with a reason code and its explanation.
 */
public record AcceptResponse(UUID resumeId, Instant acceptedAt, List<MergedItem> merged, List<SkippedItem> skipped) {

    public record MergedItem(String item, String value) {
    }

    public record SkippedItem(String item, String reason, String detail) {
    }

    public static AcceptResponse of(MergeReport report) {
        return new AcceptResponse(report.resumeId(), report.acceptedAt(),
                report.merged().stream().map(m -> new MergedItem(m.item(), m.value())).toList(),
                report.skipped().stream().map(s -> new SkippedItem(s.item(), s.reason().code(), s.reason().description())).toList());
    }
}
