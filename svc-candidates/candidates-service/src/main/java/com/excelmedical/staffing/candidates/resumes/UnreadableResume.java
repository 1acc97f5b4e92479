package com.excelmedical.staffing.candidates.resumes;

/** The content is of a supported type but cannot be read. Maps to 422. */
public final class UnreadableResume extends ResumeRejected {

    /** Why the resume could not be read. */
    public enum Reason {
        EMPTY("the file is empty"),
        DAMAGED("the file is damaged"),
        ENCRYPTED("the file is protected by a password"),
        EXPANDS_TOO_FAR("the file expands beyond what is accepted"),
        NO_TEXT("the file holds no text (a scanned image?)");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;

    public UnreadableResume(Reason reason) {
        this(reason, null);
    }

    public UnreadableResume(Reason reason, Throwable cause) {
        super(reason.description(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
