package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;

/** When the job is worked: its dates and its shift. */
@Embeddable
public record Schedule(@Column(name = "start_date") LocalDate startDate,
                       @Column(name = "end_date") LocalDate endDate,
                       @Column(name = "asap") boolean asap,
                       @Column(name = "duration_weeks") Integer durationWeeks,
                       @Column(name = "shift") Shift shift,
                       @Column(name = "shift_start") LocalTime shiftStart,
                       @Column(name = "shift_end") LocalTime shiftEnd,
                       @Column(name = "hours_per_week") BigDecimal hoursPerWeek) {

    public boolean endedBefore(LocalDate day) {
        return endDate != null && endDate.isBefore(day);
    }
}
