package com.excelmedical.staffing.candidates.credentials.expiry;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;

import java.time.LocalDate;
import java.util.UUID;

/** A credential that reached a notice threshold it has not been told about for this expiry date. */
record DueNotice(CredentialKind kind, UUID credentialId, UUID candidateId, String name, LocalDate expiresOn,
                 NoticeThreshold threshold) {
}
