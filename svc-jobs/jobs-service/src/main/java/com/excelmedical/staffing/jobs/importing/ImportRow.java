package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.job.BillRate;
import com.excelmedical.staffing.jobs.job.JobStatus;
import com.excelmedical.staffing.jobs.job.JobType;
import com.excelmedical.staffing.jobs.job.Location;
import com.excelmedical.staffing.jobs.job.Pay;
import com.excelmedical.staffing.jobs.job.RequiredCertification;
import com.excelmedical.staffing.jobs.job.Schedule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/** A feed row checked and translated to the job's own types, with a hash of its content. */
record ImportRow(String externalId, String title, String description, UUID professionId, UUID specialtyId,
                 String specialtyName, JobType jobType, String facilityName, Location location, Schedule schedule, Pay pay,
                 int openings, JobStatus status, boolean featured, boolean urgent, String seoTitle, String seoDescription,
                 List<RequiredCertification> certifications, List<BillRate> rates) {

    private static final char SEPARATOR = '\u001f';
    private static final String NULL = "\u0000";

    /**
     * Equal for two rows exactly when every imported field is equal: unchanged rows are not written. The hash
     * covers the written columns ({@link ImportColumns}) and the certifications and rates, each value in its
     * column's text form, so that it changes only when what would be stored changes.
     */
    String contentHash() {
        StringBuilder content = new StringBuilder(512);
        for (ImportColumns.Column column : ImportColumns.JOB) {
            append(content, column.value(this));
        }
        for (RequiredCertification c : certifications) {
            append(content, c.certification());
            append(content, c.forOnboarding());
            append(content, c.forSubmittal());
        }
        for (BillRate rate : rates) {
            append(content, rate.code());
            append(content, rate.rate());
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StringBuilder append(StringBuilder content, Object value) {
        return content.append(value == null ? NULL : value.toString()).append(SEPARATOR);
    }
}
