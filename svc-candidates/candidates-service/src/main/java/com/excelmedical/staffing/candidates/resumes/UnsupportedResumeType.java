package com.excelmedical.staffing.candidates.resumes;

/** The content is none of PDF, DOCX or plain text, whatever its name says. Maps to 415. */
public final class UnsupportedResumeType extends ResumeRejected {

    private final String detectedMediaType;

    public UnsupportedResumeType(String detectedMediaType) {
        super("a resume must be PDF, DOCX or plain text; the content is " + detectedMediaType, null);
        this.detectedMediaType = detectedMediaType;
    }

    public String detectedMediaType() {
        return detectedMediaType;
    }
}
