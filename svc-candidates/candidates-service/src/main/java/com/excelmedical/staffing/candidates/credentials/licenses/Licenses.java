package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.credentials.CredentialDates;
import com.excelmedical.staffing.candidates.credentials.StaleCredentialException;
import com.excelmedical.staffing.candidates.eligibilitycheck.CompactStates;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A candidate's licenses: one per type and state (409 naming the one held), a multistate flag only where
 * the compact issues one, and a verification that holds only while the number and dates stay as verified.
 * Another candidate's license is a 404.
 */
@Service
class Licenses {

    private final LicenseStore store;
    private final CompactStates compact;
    private final Clock clock;

    Licenses(LicenseStore store, CompactStates compact, Clock clock) {
        this.store = store;
        this.compact = compact;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<LicenseResponse> list(UUID candidateId) {
        return store.list(candidateId).stream().map(LicenseResponse::of).toList();
    }

    @Transactional(readOnly = true)
    LicenseResponse get(UUID candidateId, UUID id) {
        return LicenseResponse.of(load(candidateId, id));
    }

    @Transactional
    LicenseResponse create(UUID candidateId, LicenseDetails details) {
        check(candidateId, details, null);
        UUID id = UUID.randomUUID();
        try {
            store.insert(id, candidateId, details, CredentialDates.statusOn(details.expiresOn(), today()), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateLicenseException(details.name());
        }
        return get(candidateId, id);
    }

    /** Replaces the license if it is still at {@code version}; a new number or new dates clear its verification. */
    @Transactional
    LicenseResponse update(UUID candidateId, UUID id, long version, LicenseDetails details) {
        StoredLicense stored = load(candidateId, id);
        check(candidateId, details, id);
        boolean keep = stored.verification() != null && stored.details().sameAsVerified(details);
        boolean updated;
        try {
            updated = store.update(candidateId, id, version, details, CredentialDates.statusOn(details.expiresOn(), today()), keep,
                    clock.instant());
        } catch (DuplicateKeyException e) {
            throw new DuplicateLicenseException(details.name());
        }
        if (!updated) {
            throw new StaleCredentialException("license", version);
        }
        return get(candidateId, id);
    }

    @Transactional
    void delete(UUID candidateId, UUID id) {
        if (!store.delete(candidateId, id)) {
            throw new NotFoundException("License", id);
        }
    }

    private void check(UUID candidateId, LicenseDetails details, UUID self) {
        details.checkMultistate(compact.membership());
        store.sameTypeAndState(candidateId, details, self).ifPresent(existing -> {
            throw new DuplicateLicenseException(details.name(), existing);
        });
    }

    private StoredLicense load(UUID candidateId, UUID id) {
        return store.find(candidateId, id).orElseThrow(() -> new NotFoundException("License", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
