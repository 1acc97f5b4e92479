package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** Where the job is: always a state; a known city brings its coordinates (for searches near a city). */
@Embeddable
public record Location(@Column(name = "city_id") UUID cityId,
                       @Column(name = "city_name") String cityName,
                       @Column(name = "state_code") String stateCode,
                       @Column(name = "zip") String zip,
                       @Column(name = "latitude") Double latitude,
                       @Column(name = "longitude") Double longitude) {
}
