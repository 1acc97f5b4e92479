package com.excelmedical.staffing.candidates.credentials.certifications;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.StaleCredentialException;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate's certifications: codes svc-jobs knows (422 otherwise; 503 when its reference data was never
 * read), one per code (409 naming the one held), a verification that holds only while the number and dates
 * stay as verified. Another candidate's certification is a 404.
 */
@Service
class Certifications {

    private final CertificationStore store;
    private final ReferenceData reference;
    private final Clock clock;

    Certifications(CertificationStore store, ReferenceData reference, Clock clock) {
        this.store = store;
        this.reference = reference;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<CertificationResponse> list(UUID candidateId) {
        return store.list(candidateId).stream().map(CertificationResponse::of).toList();
    }

    @Transactional(readOnly = true)
    CertificationResponse get(UUID candidateId, UUID id) {
        return CertificationResponse.of(load(candidateId, id));
    }

    @Transactional
    CertificationResponse create(UUID candidateId, CertificationDetails details) {
        check(candidateId, details, null);
        UUID id = UUID.randomUUID();
        try {
            store.insert(id, candidateId, details, CredentialDates.statusOn(details.expiresOn(), today()), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateCertificationException(details.code(), null);
        }
        return get(candidateId, id);
    }

    /** Replaces the certification if it is still at {@code version}; a new number or new dates clear its verification. */
    @Transactional
    CertificationResponse update(UUID candidateId, UUID id, long version, CertificationDetails details) {
        StoredCertification stored = load(candidateId, id);
        check(candidateId, details, id);
        boolean keep = stored.verification() != null && stored.details().sameAsVerified(details);
        boolean updated;
        try {
            updated = store.update(candidateId, id, version, details, CredentialDates.statusOn(details.expiresOn(), today()), keep,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateCertificationException(details.code(), null);
        }
        if (!updated) {
            throw new StaleCredentialException("certification", version);
        }
        return get(candidateId, id);
    }

    @Transactional
    void delete(UUID candidateId, UUID id) {
        if (!store.delete(candidateId, id)) {
            throw new NotFoundException("Certification", id);
        }
    }

    private void check(UUID candidateId, CertificationDetails details, UUID self) {
        if (reference.certification(details.code()).isEmpty()) {
            throw new UnknownCertificationException(details.code());
        }
        store.sameCode(candidateId, details.code(), self).ifPresent(existing -> {
            throw new DuplicateCertificationException(details.code(), existing);
        });
    }

    private StoredCertification load(UUID candidateId, UUID id) {
        return store.find(candidateId, id).orElseThrow(() -> new NotFoundException("Certification", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
