package com.excelmedical.staffing.candidates.credentials.work;

import com.excelmedical.staffing.candidates.credentials.StaleCredentialException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A candidate's work history; another candidate's entry is a 404, an edit of an older version a 409. */
@Service
class WorkExperiences {

    private final WorkExperienceStore store;
    private final Clock clock;

    WorkExperiences(WorkExperienceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    List<WorkExperienceResponse> list(UUID candidateId) {
        return store.list(candidateId);
    }

    @Transactional(readOnly = true)
    WorkExperienceResponse get(UUID candidateId, UUID id) {
        return store.find(candidateId, id).orElseThrow(() -> new NotFoundException("Work experience", id));
    }

    @Transactional
    WorkExperienceResponse create(UUID candidateId, WorkExperienceDetails details) {
        UUID id = UUID.randomUUID();
        store.insert(id, candidateId, details, clock.instant());
        return get(candidateId, id);
    }

    @Transactional
    WorkExperienceResponse update(UUID candidateId, UUID id, long version, WorkExperienceDetails details) {
        get(candidateId, id);
        if (!store.update(candidateId, id, version, details, clock.instant())) {
            throw new StaleCredentialException("work experience", version);
        }
        return get(candidateId, id);
    }

    @Transactional
    void delete(UUID candidateId, UUID id) {
        if (!store.delete(candidateId, id)) {
            throw new NotFoundException("Work experience", id);
        }
    }
}
