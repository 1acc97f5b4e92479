package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.eligibilitycheck.EligibilityReason;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/** The reasons of an application's eligibility as the JSON array {@code applications.eligibility_reasons} holds. */
@Converter
class EligibilityReasonsConverter implements AttributeConverter<List<EligibilityReason>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<EligibilityReason>> REASONS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<EligibilityReason> reasons) {
        return write(reasons);
    }

    @Override
    public List<EligibilityReason> convertToEntityAttribute(String json) {
        return read(json);
    }

    static String write(List<EligibilityReason> reasons) {
        return reasons == null ? null : JSON.writeValueAsString(reasons);
    }

    static List<EligibilityReason> read(String json) {
        return json == null ? null : JSON.readValue(json, REASONS);
    }
}
