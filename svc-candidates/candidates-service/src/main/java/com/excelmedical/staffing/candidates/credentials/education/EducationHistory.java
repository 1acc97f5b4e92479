package com.excelmedical.staffing.candidates.credentials.education;

import com.excelmedical.staffing.candidates.credentials.StaleCredentialException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A candidate's education; another candidate's entry is a 404, an edit of an older version a 409. */
@Service
class EducationHistory {

    private final EducationStore store;
    private final Clock clock;

    EducationHistory(EducationStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<EducationResponse> list(UUID candidateId) {
        return store.list(candidateId);
    }

    @Transactional(readOnly = true)
    EducationResponse get(UUID candidateId, UUID id) {
        return store.find(candidateId, id).orElseThrow(() -> new NotFoundException("Education entry", id));
    }

    @Transactional
    EducationResponse create(UUID candidateId, EducationDetails details) {
        UUID id = UUID.randomUUID();
        store.insert(id, candidateId, details, clock.instant());
        return get(candidateId, id);
    }

    @Transactional
    EducationResponse update(UUID candidateId, UUID id, long version, EducationDetails details) {
        get(candidateId, id);
        if (!store.update(candidateId, id, version, details, clock.instant())) {
            throw new StaleCredentialException("education entry", version);
        }
        return get(candidateId, id);
    }

    @Transactional
    void delete(UUID candidateId, UUID id) {
        if (!store.delete(candidateId, id)) {
            throw new NotFoundException("Education entry", id);
        }
    }
}
