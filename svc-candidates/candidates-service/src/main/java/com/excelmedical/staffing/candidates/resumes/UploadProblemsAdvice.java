package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.platform.problems.FieldProblem;
import com.excelmedical.staffing.platform.problems.ProblemType;
import com.excelmedical.staffing.platform.problems.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.List;

/**
 * Multipart bodies Spring's multipart resolution refuses before a controller runs, as problem details naming
 * the part {@code file} (the only upload of this service): over the multipart limit (413, as a resume over
 * 5 MB is), or not a readable multipart body (400).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblemsAdvice {

    private final Problems problems;

    UploadProblemsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException) {
            ResumeRefusedException tooLarge = ResumeRefusedException.tooLarge(ResumeLimits.DEFAULTS.maxBytes());
            return problems.respond(tooLarge.status(), tooLarge.type(), tooLarge.getMessage(),
                    List.of(new FieldProblem(ResumeRefusedException.FIELD, tooLarge.getMessage())));
        }
        return problems.respond(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED, "The request is not a readable multipart/form-data body",
                List.of(new FieldProblem(ResumeRefusedException.FIELD, "could not be read from the request")));
    }
}
