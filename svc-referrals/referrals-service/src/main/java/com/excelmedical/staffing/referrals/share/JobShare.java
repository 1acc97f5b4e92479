package com.excelmedical.staffing.referrals.share;

import java.util.UUID;

/** A recruiter's share link for a job, with its counters (applications and placements counted from events). */
public record JobShare(String code, UUID recruiterId, UUID jobId, long views, long applications, long placements) {
}
