package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.CertificationCode;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The certifications the parser recognises: the codes of svc-jobs' certification reference data, each
 * with the ways resumes write it. Acronyms match in capitals only, full names in any case.
 */
final class CertificationCatalogue {

    record Entry(CertificationCode code, Pattern pattern) {
    }

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
            entry("CPI", "CPI", "(?:Nonviolent )?Crisis Prevention(?: Intervention)?"),
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
        return new Entry(new CertificationCode(code), Pattern.compile(pattern));
    }
}
