package com.excelmedical.staffing.identity.account;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the status as the lower-case word the API uses. */
@Converter(autoApply = true)
class UserStatusConverter implements AttributeConverter<UserStatus, String> {

    @Override
    public String convertToDatabaseColumn(UserStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public UserStatus convertToEntityAttribute(String value) {
        return value == null ? null : UserStatus.of(value);
    }
}
