package com.excelmedical.staffing.candidates.resumes;

/** A stored resume's file: its sanitised name, the type detected from its content, and its bytes. */
public record ResumeFile(String fileName, ResumeType type, byte[] content) {
}
