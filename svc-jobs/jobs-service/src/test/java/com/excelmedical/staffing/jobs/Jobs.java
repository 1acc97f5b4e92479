package com.excelmedical.staffing.jobs;

import com.excelmedical.staffing.jobs.job.JobRequest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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

    /** An active travel ICU job in Houston. */
    public static JobRequest anActiveIcuJob() {
        return anIcuJob().build();
    }

    /** The same job, to change before {@link Draft#build()}. */
    public static Draft anIcuJob() {
        return new Draft();
    }

    /** The fields tests change of {@link #anActiveIcuJob()}; the others keep its values. */
    public static final class Draft {
        private String title = "Travel ICU RN";
        private String description = "Medical ICU, 3 x 12 nights";
        private UUID specialtyId = ICU;
        private String jobType = "travel";
        private String facilityName = "Harris Health Ben Taub";
        private UUID cityId = HOUSTON;
        private String stateCode = "TX";
        private LocalDate startDate = LocalDate.parse("2030-01-10");
        private LocalDate endDate = LocalDate.parse("2030-04-10");
        private BigDecimal weeklyPay = new BigDecimal("2400.00");
        private int openings = 2;
        private String status = "active";
        private Long version;

        private Draft() {
        }

        public Draft title(String value) { title = value; return this; }
        public Draft description(String value) { description = value; return this; }
        public Draft specialtyId(UUID value) { specialtyId = value; return this; }
        public Draft jobType(String value) { jobType = value; return this; }
        public Draft facilityName(String value) { facilityName = value; return this; }
        public Draft cityId(UUID value) { cityId = value; return this; }
        public Draft stateCode(String value) { stateCode = value; return this; }
        public Draft startDate(String value) { startDate = LocalDate.parse(value); return this; }
        public Draft endDate(String value) { endDate = LocalDate.parse(value); return this; }
        public Draft weeklyPay(String value) { weeklyPay = new BigDecimal(value); return this; }
        public Draft openings(int value) { openings = value; return this; }
        public Draft status(String value) { status = value; return this; }
        public Draft version(long value) { version = value; return this; }

        public JobRequest build() {
            return new JobRequest(title, description, null, specialtyId, jobType, facilityName, cityId, stateCode, null,
                    startDate, endDate, null, null, "night", null, null, null, new BigDecimal("65.00"), weeklyPay, null, null,
                    openings, null, null, null, null, null, null,
                    List.of(new JobRequest.Certification("BLS", true, true)),
                    List.of(new JobRequest.Rate("REG", new BigDecimal("91.25"))), status, version);
        }
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
