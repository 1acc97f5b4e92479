package com.excelmedical.staffing.candidates.credentials.education;

import java.time.LocalDate;

/** What the candidate says about a school attended. */
record EducationDetails(String institution, String degree, String field, LocalDate startedOn, LocalDate completedOn) {
}
