package com.excelmedical.staffing.candidates.resumes;

/** The resume formats the platform reads, each known by its content, never by its name. */
public enum ResumeType {
    PDF("application/pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    TEXT("text/plain");

    private final String mediaType;

    ResumeType(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }
}
