package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** An erased candidate's resumes (the file, its text, the parsed contact details) go in the erasure's transaction. */
@Component
class ResumeErasure {

    private final ResumeStore store;

    ResumeErasure(ResumeStore store) {
        this.store = store;
    }

    @EventListener
    void on(CandidateErased erased) {
        store.deleteAll(erased.candidateId());
    }
}
