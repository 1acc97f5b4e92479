package com.excelmedical.staffing.candidates.credentials;

/** How staff checked a credential: at the issuing board, through Nursys, on a document, or by hand. */
public enum VerificationMethod {
    PRIMARY_SOURCE, NURSYS, DOCUMENT, MANUAL
}
