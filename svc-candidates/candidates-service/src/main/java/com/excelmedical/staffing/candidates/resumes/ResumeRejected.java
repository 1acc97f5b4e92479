package com.excelmedical.staffing.candidates.resumes;

/** A resume that is not read: unsupported (415), too large (413) or unreadable (422). */
public abstract sealed class ResumeRejected extends RuntimeException
        permits UnsupportedResumeType, ResumeTooLarge, UnreadableResume {

    ResumeRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
