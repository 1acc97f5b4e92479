package com.excelmedical.staffing.candidates.credentials.work;

import java.time.LocalDate;

/** What the candidate says about a position held. */
record WorkExperienceDetails(String employer, String title, String specialty, String city, String stateCode,
                             LocalDate startedOn, LocalDate endedOn, String responsibilities) {
}
