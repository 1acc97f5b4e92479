package com.excelmedical.staffing.candidates.resumes;

import java.util.ArrayList;
import java.util.List;

/** A travel ICU nurse's resume with known content, long enough for two PDF pages. */
public final class SampleResume {

    private SampleResume() {
    }

    public static List<String> lines() {
        List<String> lines = new ArrayList<>(List.of(
                "Jane A. Doe, RN, BSN",
                "Houston, TX | jane.doe@example.com | (713) 555-0142",
                "PROFESSIONAL SUMMARY",
                "ICU registered nurse with eight years of critical care in Level I trauma centers.",
                "LICENSES",
                "RN License: TX 123456, expires 03/31/2027",
                "Compact license, FL",
                "California RN License #95012345, expires 10/2026",
                "CERTIFICATIONS",
                "BLS - American Heart Association, expires 05/2027",
                "ACLS - American Heart Association, expires 06/2027",
                "PALS, expires 01/2027",
                "NIH Stroke Scale (NIHSS)",
                "TNCC, expires 11/2026",
                "WORK EXPERIENCE",
                "ICU Registered Nurse",
                "Memorial Hermann Hospital, Houston, TX | Jan 2020 - Present"));
        for (int i = 1; i <= 18; i++) {
            lines.add("- Shift duty " + i + ": cared for two critically ill patients, titrated drips, documented in Epic.");
        }
        lines.addAll(List.of(
                "Travel Nurse - Cross Country Staffing | 03/2018 – 12/2019",
                "- Thirteen-week contracts in medical ICUs across Florida and Arizona."));
        for (int i = 1; i <= 12; i++) {
            lines.add("- Contract " + i + ": precepted new graduates and covered rapid response calls.");
        }
        lines.addAll(List.of(
                "Staff Nurse, Baylor Scott & White Medical Center, Dallas, TX  Jun 2015 to Feb 2018",
                "- Step-down unit, telemetry monitoring of cardiac patients.",
                "EDUCATION",
                "Bachelor of Science in Nursing",
                "University of Texas at Austin, 2015",
                "Associate Degree in Nursing",
                "Houston Community College, 2012",
                "SKILLS",
                "Epic, Cerner, ventilator management, CRRT, IV therapy",
                "Arterial line management; sepsis bundles"));
        return lines;
    }

    public static String text() {
        return String.join("\n", lines()) + "\n";
    }
}
