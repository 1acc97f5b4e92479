package com.excelmedical.staffing.candidates.resumes;

/** The upload is larger than the limit. Maps to 413. */
public final class ResumeTooLarge extends ResumeRejected {

    private final long size;
    private final long limit;

    public ResumeTooLarge(long size, long limit) {
        super("a resume may have at most " + limit + " bytes; this one has " + size, null);
        this.size = size;
        this.limit = limit;
    }

    public long size() {
        return size;
    }

    public long limit() {
        return limit;
    }
}
