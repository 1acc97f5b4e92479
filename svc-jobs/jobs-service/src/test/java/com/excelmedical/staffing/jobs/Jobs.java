package com.excelmedical.staffing.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Job requests as a recruiter would send them, with the reference data of the migrations. */
public final class Jobs {

    public static final UUID ICU = md5Uuid("specialty:ICU");
    public static final UUID ER = md5Uuid("specialty:ER");
    public static final UUID MED_SURG = md5Uuid("specialty:MEDSURG");
    public static final UUID HOUSTON = md5Uuid("city:TX:Houston");
    public static final UUID DALLAS = md5Uuid("city:TX:Dallas");
    public static final UUID AUSTIN = md5Uuid("city:TX:Austin");
    public static final UUID DENVER = md5Uuid("city:CO:Denver");

    private Jobs() {
    }

    /** An active travel ICU job in Houston; change fields with {@code with}. */
    public static Map<String, Object> anActiveIcuJob() {
        Map<String, Object> job = new LinkedHashMap<>();
        job.put("title", "Travel ICU RN");
        job.put("description", "Medical ICU, 3 x 12 nights");
        job.put("specialtyId", ICU.toString());
        job.put("jobType", "travel");
        job.put("facilityName", "Harris Health Ben Taub");
        job.put("cityId", HOUSTON.toString());
        job.put("stateCode", "TX");
        job.put("startDate", "2030-01-10");
        job.put("endDate", "2030-04-10");
        job.put("shift", "night");
        job.put("hourlyPay", "65.00");
        job.put("weeklyPay", "2400.00");
        job.put("openings", 2);
        job.put("status", "active");
        job.put("certifications", List.of(Map.of("certification", "BLS", "forOnboarding", true, "forSubmittal", true)));
        job.put("rates", List.of(Map.of("code", "REG", "rate", "91.25")));
        return job;
    }

    public static Map<String, Object> with(Map<String, Object> job, Object... keyValues) {
        Map<String, Object> copy = new LinkedHashMap<>(job);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put((String) keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    public static UUID md5Uuid(String key) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("MD5").digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String hex = java.util.HexFormat.of().formatHex(digest);
            return UUID.fromString(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                    + hex.substring(16, 20) + "-" + hex.substring(20));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
