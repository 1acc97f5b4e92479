package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import com.excelmedical.staffing.platform.problems.UnprocessableException;

/** 422: svc-jobs' certification reference data knows no such code. */
class UnknownCertificationException extends UnprocessableException {

    UnknownCertificationException(CertificationCode code) {
        super("unprocessable", "Unknown certification " + code + ": not in svc-jobs' certification reference data "
                + "(GET /api/jobs/certifications lists them)", "certificationCode");
    }
}
