package com.excelmedical.staffing.candidates.resumes;

import java.util.Objects;

/** What reading a resume gives: its type, detected from the content, and its text. */
public record ResumeText(ResumeType type, String text) {

    public ResumeText {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
    }
}
