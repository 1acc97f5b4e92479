package com.excelmedical.staffing.candidates.search;

import com.excelmedical.staffing.candidates.eligibility.JobRequirements;
import com.excelmedical.staffing.candidates.eligibility.JobWindow;
import com.excelmedical.staffing.candidates.eligibility.StateCode;
import com.excelmedical.staffing.candidates.reference.Profession;
import com.excelmedical.staffing.candidates.reference.ReferenceData;
import com.excelmedical.staffing.candidates.reference.Specialty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code eligibleFor=<jobId>} asks of candidates, from the local job snapshot (state, dates, profession,
 * specialty) and svc-jobs' reference data (the specialty's required certifications, the profession's license
 * type). A job without a start date starts {@code today} (as soon as possible); one without an end date ends
 * on its first day.
 */
@Component
class EligibleForJob {

    private final JdbcClient jdbc;
    private final ReferenceData reference;

    EligibleForJob(JdbcClient jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    JobRequirements requirements(UUID jobId, LocalDate today) {
        Snapshot job = jdbc.sql("""
                        SELECT state_code, start_date, end_date, profession_id, specialty_id FROM job_snapshots WHERE job_id = :id""")
                .param("id", jobId)
                .query((rs, n) -> new Snapshot(rs.getString("state_code"), rs.getObject("start_date", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class), rs.getObject("profession_id", UUID.class),
                        rs.getObject("specialty_id", UUID.class)))
                .optional()
                .orElseThrow(() -> new EligibleForJobNotFoundException(jobId));
        if (!StateCode.isKnown(job.state())) {
            throw new JobRequirementsUnknownException(jobId, "its state");
        }
        Specialty specialty = Optional.ofNullable(job.specialtyId()).flatMap(reference::specialty)
                .orElseThrow(() -> new JobRequirementsUnknownException(jobId, "its specialty"));
        LocalDate start = job.start() == null ? today : job.start();
        LocalDate end = job.end() == null || job.end().isBefore(start) ? start : job.end();
        return new JobRequirements(StateCode.of(job.state()), new JobWindow(start, end),
                Optional.ofNullable(job.professionId()).flatMap(reference::profession).flatMap(Profession::licenseType),
                specialty.requiredCertifications());
    }

    private record Snapshot(String state, LocalDate start, LocalDate end, UUID professionId, UUID specialtyId) {
    }
}
