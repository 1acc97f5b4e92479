package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Converter;

/** The job's enums in their columns, as the same words the API and the events use. */
final class EnumConverters {

    private EnumConverters() {
    }

    @Converter(autoApply = true)
    static class StatusConverter extends CodeConverter<JobStatus> {
        StatusConverter() {
            super(JobStatus.class);
        }
    }

    @Converter(autoApply = true)
    static class JobTypeConverter extends CodeConverter<JobType> {
        JobTypeConverter() {
            super(JobType.class);
        }
    }

    @Converter(autoApply = true)
    static class ShiftConverter extends CodeConverter<Shift> {
        ShiftConverter() {
            super(Shift.class);
        }
    }
}
