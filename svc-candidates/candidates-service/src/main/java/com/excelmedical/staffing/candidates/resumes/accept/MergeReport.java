package com.excelmedical.staffing.candidates.resumes.accept;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What an accept merged and what it skipped and why; items named as in the parsed fields ({@code licenses[0]}). */
public record MergeReport(UUID resumeId, Instant acceptedAt, List<Merged> merged, List<Skipped> skipped) {

    public record Merged(String item, String value) {
    }

    public record Skipped(String item, SkipReason reason) {
    }

    /** Collects the outcome item by item. */
    static final class Builder {
        private final List<Merged> merged = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();

        void merged(String item, String value) {
            merged.add(new Merged(item, value));
        }

        void skipped(String item, SkipReason reason) {
            skipped.add(new Skipped(item, reason));
        }

        MergeReport build(UUID resumeId, Instant acceptedAt) {
            return new MergeReport(resumeId, acceptedAt, List.copyOf(merged), List.copyOf(skipped));
        }
    }
}
