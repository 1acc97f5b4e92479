package com.excelmedical.staffing.candidates.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The candidate's postal address. */
@Embeddable
public record Address(@Column(name = "address_line1") String line1, @Column(name = "address_line2") String line2,
                      @Column(name = "city") String city, @Column(name = "state_code") String stateCode,
                      @Column(name = "zip") String zip, @Column(name = "country_code") String countryCode) {

    boolean isComplete() {
        return line1 != null && city != null && stateCode != null && zip != null;
    }
}
