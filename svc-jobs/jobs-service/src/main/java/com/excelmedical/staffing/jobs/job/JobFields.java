package com.excelmedical.staffing.jobs.job;

import java.util.List;
import java.util.UUID;

/**
 * The editable fields of a job, already checked against the reference data (ids resolved to names and
 * coordinates).
 */
public record JobFields(String title, String description, UUID professionId, UUID specialtyId, String specialtyName,
                        JobType jobType, String facilityName, Location location, Schedule schedule, Pay pay,
                        int openings, boolean featured, boolean urgent, String requirements, String benefits,
                        String seoTitle, String seoDescription, List<RequiredCertification> certifications,
                        List<BillRate> rates) {
}
