package com.excelmedical.staffing.referrals;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;

/**
 * @param publicBaseUrl   the public site links point to: {@code <base>/register?ref=<code>}, {@code <base>/jobs/<id>?share=<code>}
 * @param topicPartitions partitions of {@code referrals.referrals} when this service creates it
 */
@Validated
@ConfigurationProperties("referrals")
public record ReferralsProperties(@NotNull URI publicBaseUrl, @Min(1) @Max(64) int topicPartitions) {

    public String link(String pathAndQuery) {
        String base = publicBaseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
    }
}
