package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The certifications the parser recognises: the codes of svc-jobs' certification reference data, each
 * with the ways resumes write it. Acronyms match in capitals only, full names in any case.
 */
final class CertificationCatalogue {

    /**
     * One certification; {@code acronymTriggers} and {@code nameTriggers} (lower case) are literal starts of
     * its forms: a line containing none of them cannot match, so the pattern is not run on it.
     */
    record Entry(CertificationCode code, Pattern pattern, List<String> acronymTriggers, List<String> nameTriggers) {

        boolean mayMatch(String line, String lowerCaseLine) {
            return acronymTriggers.stream().anyMatch(line::contains) || nameTriggers.stream().anyMatch(lowerCaseLine::contains);
        }
    }

    private static final Pattern LITERAL_START = Pattern.compile("[A-Za-z ]*");

    static final List<Entry> ENTRIES = List.of(
            entry("BLS", "BLS", "Basic Life Support"),
            entry("ACLS", "ACLS", "Advanced Cardi(?:ovascular|ac) Life Support"),
            entry("PALS", "PALS", "Pediatric Advanced Life Support"),
            entry("NRP", "NRP", "Neonatal Resuscitation(?: Program)?"),
            entry("TNCC", "TNCC", "Trauma Nursing Core Course"),
            entry("ENPC", "ENPC", "Emergency Nursing Pediatric Course"),
            entry("CCRN", "CCRN", "Critical Care Registered Nurse"),
            entry("CEN", "CEN", "Certified Emergency Nurse"),
            entry("CNOR", "CNOR", "Certified Perioperative Nurse"),
            entry("NIHSS", "NIHSS", "NIH Stroke Scale"),
            entry("STABLE", "S\\.?T\\.?A\\.?B\\.?L\\.?E\\.?", null),
            entry("AWHONN", "AWHONN", "Fetal Heart Monitoring"),
            entry("OCN", "OCN", "Oncology Certified Nurse"),
            entry("CHEMO", "ONS Chemo", "Chemotherapy(?: (?:and|&) Immunotherapy)?(?: Provider| Certificate)"),
            entry("CPI", "CPI", "Nonviolent Crisis Intervention|Crisis Prevention(?: Intervention)?"),
            entry("CDN", "CDN", "Certified Dialysis Nurse"),
            entry("ARRT_CT", "ARRT\\s*\\(?CT\\)?", "ARRT Computed Tomography"),
            entry("ARRT_MR", "ARRT\\s*\\(?MRI?\\)?", "ARRT Magnetic Resonance"),
            entry("ARRT", "ARRT(?!\\s*\\(?(?:CT|MRI?)\\b)", "Registered Technologist"),
            entry("RDMS", "RDMS", "Registered Diagnostic Medical Sonographer"),
            entry("RCIS", "RCIS", "Registered Cardiovascular Invasive Specialist"),
            entry("RRT", "RRT", "Registered Respiratory Therapist"),
            entry("CST", "CST", "Certified Surgical Technologist"),
            entry("MLS", "MLS(?:\\s*\\(ASCP\\))?", "Medical Laboratory Scientist"),
            entry("PTCB", "PTCB|CPhT", "Certified Pharmacy Technician"),
            entry("CNA_STATE", "CNA Certification", "(?:State )?Nurse Aide (?:Registry|Certification)"),
            entry("NPI", "NPI", "National Provider Identifier"));

    private CertificationCatalogue() {
    }

    private static Entry entry(String code, String acronym, String fullName) {
        String pattern = "(?<![A-Za-z0-9])(?:" + acronym + ")(?![A-Za-z0-9])"
                + (fullName == null ? "" : "|(?i:\\b" + fullName + "\\b)");
        return new Entry(new CertificationCode(code), Pattern.compile(pattern), triggers(acronym),
                fullName == null ? List.of() : triggers(fullName).stream().map(t -> t.toLowerCase(Locale.ROOT)).toList());
    }

    /**
     * The literal start (letters and spaces) of each alternative of {@code regex}. Any match begins with one
     * of them; an alternative inside a group adds a shorter, looser trigger, and an empty one matches any line.
     */
    private static List<String> triggers(String regex) {
        return Arrays.stream(regex.split("\\|")).map(alternative -> {
            Matcher literal = LITERAL_START.matcher(alternative);
            literal.lookingAt();
            return literal.group().strip();
        }).toList();
    }
}
