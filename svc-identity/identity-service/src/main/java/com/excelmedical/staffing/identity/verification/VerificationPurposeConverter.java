package com.excelmedical.staffing.identity.verification;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Locale;

@Converter(autoApply = true)
class VerificationPurposeConverter implements AttributeConverter<VerificationPurpose, String> {

    @Override
    public String convertToDatabaseColumn(VerificationPurpose purpose) {
        return purpose == null ? null : purpose.value();
    }

    @Override
    public VerificationPurpose convertToEntityAttribute(String value) {
        return value == null ? null : VerificationPurpose.valueOf(value.toUpperCase(Locale.ROOT));
    }
}
