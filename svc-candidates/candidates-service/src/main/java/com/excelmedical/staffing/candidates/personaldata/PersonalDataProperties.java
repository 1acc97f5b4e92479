package com.excelmedical.staffing.candidates.personaldata;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;
import java.util.Map;

/**
 * Settings under {@code candidates.personal-data}: the encryption keys of sensitive personal data.
 *
 * @param keys                  key id (lower-case letters and digits) to the base64 of 32 random bytes; keep
 *                              every key that still seals stored values until the re-encryption has moved them
 * @param currentKey            the id of the key new values are sealed with
 * @param reencryptionInterval  how often values sealed with another key are re-sealed with the current one
 * @param reencryptionBatchSize values re-sealed per transaction
 */
@Validated
@ConfigurationProperties("candidates.personal-data")
public record PersonalDataProperties(@NotEmpty Map<@Pattern(regexp = KEY_ID) String, @NotNull String> keys,
                                     @NotNull @Pattern(regexp = KEY_ID) String currentKey,
                                     @NotNull Duration reencryptionInterval,
                                     @Min(1) @Max(10_000) int reencryptionBatchSize) {

    static final String KEY_ID = "[a-z0-9]{1,32}";
}
