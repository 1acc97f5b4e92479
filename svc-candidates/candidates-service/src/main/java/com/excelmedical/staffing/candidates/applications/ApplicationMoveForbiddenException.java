package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.platform.problems.DomainException;
import org.springframework.http.HttpStatus;

/** 403: the caller's role may not make this move (a candidate only withdraws; only the candidate withdraws). */
public class ApplicationMoveForbiddenException extends DomainException {

    public ApplicationMoveForbiddenException(ActorRole role, ApplicationStatus to) {
        super(HttpStatus.FORBIDDEN, "forbidden", role == ActorRole.CANDIDATE
                ? "a candidate may only withdraw an application, not move it to " + to.code()
                : "only the candidate withdraws an application; reject it instead", "status");
    }
}
