package com.excelmedical.staffing.candidates.resumes.accept;

import java.util.Arrays;
import java.util.Optional;

/** The parts of a parsed resume a candidate may accept, by their name in requests and answers. */
public enum ParsedPart {
    CONTACT("contact"),
    LICENSES("licenses"),
    CERTIFICATIONS("certifications"),
    WORK_HISTORY("workHistory"),
    EDUCATION("education"),
    SKILLS("skills");

    public static final String NAMES = "contact, licenses, certifications, workHistory, education, skills";

    private final String code;

    ParsedPart(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean isCredential() {
        return this == LICENSES || this == CERTIFICATIONS;
    }

    public static Optional<ParsedPart> fromCode(String code) {
        return Arrays.stream(values()).filter(part -> part.code.equals(code)).findFirst();
    }
}
