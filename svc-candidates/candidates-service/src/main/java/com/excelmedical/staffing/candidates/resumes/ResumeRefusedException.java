package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.platform.problems.DomainException;
import com.excelmedical.staffing.platform.problems.ProblemType;
import org.springframework.http.HttpStatus;

/**
 * An upload that is not stored, naming the part {@code file}: not PDF, DOCX or plain text whatever its name
 * says (415), over the size limit (413), or empty, damaged, encrypted, without text or expanding too far (422).
 */
public class ResumeRefusedException extends DomainException {

    static final String FIELD = "file";

    private ResumeRefusedException(HttpStatus status, String type, String detail) {
        super(status, type, detail, FIELD);
    }

    static ResumeRefusedException of(ResumeRejected rejected) {
        return switch (rejected) {
            case UnsupportedResumeType unsupported -> new ResumeRefusedException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    ProblemType.UNSUPPORTED_MEDIA_TYPE, unsupported.getMessage());
            case ResumeTooLarge tooLarge -> tooLarge(tooLarge.limit());
            case UnreadableResume unreadable -> new ResumeRefusedException(HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemType.UNPROCESSABLE, "the resume cannot be read: " + unreadable.getMessage());
        };
    }

    static ResumeRefusedException tooLarge(long limit) {
        return new ResumeRefusedException(HttpStatus.CONTENT_TOO_LARGE, ProblemType.PAYLOAD_TOO_LARGE,
                "a resume may have at most " + limit + " bytes (" + limit / (1024 * 1024) + " MB)");
    }
}
