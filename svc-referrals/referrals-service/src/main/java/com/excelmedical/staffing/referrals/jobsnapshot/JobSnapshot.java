package com.excelmedical.staffing.referrals.jobsnapshot;

import java.util.UUID;

/** What this service keeps of a job: enough to price a placement and to check a share link. */
public record JobSnapshot(UUID jobId, String title, UUID specialtyId, String jobType, String status, UUID recruiterId) {
}
