package com.excelmedical.staffing.candidates.applications;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the workflow's enums by their lower-case codes, as the table's check constraints name them. */
final class StatusConverters {

    private StatusConverters() {
    }

    @Converter(autoApply = true)
    static class StatusConverter implements AttributeConverter<ApplicationStatus, String> {
        @Override
        public String convertToDatabaseColumn(ApplicationStatus status) {
            return status == null ? null : status.code();
        }

        @Override
        public ApplicationStatus convertToEntityAttribute(String code) {
            return code == null ? null : ApplicationStatus.fromCode(code).orElseThrow();
        }
    }

    @Converter(autoApply = true)
    static class SourceConverter implements AttributeConverter<ApplicationSource, String> {
        @Override
        public String convertToDatabaseColumn(ApplicationSource source) {
            return source == null ? null : source.code();
        }

        @Override
        public ApplicationSource convertToEntityAttribute(String code) {
            for (ApplicationSource source : ApplicationSource.values()) {
                if (source.code().equals(code)) {
                    return source;
                }
            }
            throw new IllegalStateException("unknown application source " + code);
        }
    }
}
