package com.excelmedical.staffing.candidates.credentials.verification;

import com.excelmedical.staffing.candidates.credentials.CredentialKind;
import com.excelmedical.staffing.candidates.credentials.Verification;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Staff's verification of a candidate's license or certification (who, when, how), replacing any earlier
 * one, or its removal. A change is a new version of the credential. A credential the candidate does not
 * hold is a 404.
 */
@Service
class Verifications {

    private final JdbcClient jdbc;

    Verifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    VerificationResponse verify(CredentialKind kind, UUID candidateId, UUID credentialId, Verification verification) {
        int updated = jdbc.sql("UPDATE " + kind.table() + """
                         SET verified_by = :by, verified_at = :at, verification_method = :method, updated_at = :at,
                            version = version + 1
                        WHERE candidate_id = :candidate AND id = :id""")
                .param("by", verification.verifiedBy()).param("at", Timestamp.from(verification.verifiedAt()))
                .param("method", verification.method().name()).param("candidate", candidateId).param("id", credentialId)
                .update();
        if (updated == 0) {
            throw notFound(kind, credentialId);
        }
        return VerificationResponse.of(kind, credentialId, verification);
    }

    @Transactional
    void remove(CredentialKind kind, UUID candidateId, UUID credentialId, Instant now) {
        int updated = jdbc.sql("UPDATE " + kind.table() + """
                         SET verified_by = NULL, verified_at = NULL, verification_method = NULL, updated_at = :now,
                            version = version + 1
                        WHERE candidate_id = :candidate AND id = :id""")
                .param("now", Timestamp.from(now)).param("candidate", candidateId).param("id", credentialId).update();
        if (updated == 0) {
            throw notFound(kind, credentialId);
        }
    }

    private static NotFoundException notFound(CredentialKind kind, UUID credentialId) {
        return new NotFoundException(kind == CredentialKind.LICENSE ? "License" : "Certification", credentialId);
    }
}
