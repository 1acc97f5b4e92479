package com.excelmedical.staffing.candidates.resumes;

/** What an upload ended in: the resume, and whether it is new or the same file uploaded before. */
public record Upload(StoredResume resume, boolean created) {
}
