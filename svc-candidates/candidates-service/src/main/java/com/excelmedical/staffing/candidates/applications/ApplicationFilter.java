package com.excelmedical.staffing.candidates.applications;

import java.util.UUID;

/** What a list of applications is narrowed to; a null field does not narrow. A candidate's own id is always set for them. */
record ApplicationFilter(UUID candidateId, UUID jobId, ApplicationStatus status) {
}
