package com.excelmedical.staffing.candidates.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A city the candidate would like to work in. */
@Embeddable
public record PreferredCity(@Column(name = "name") String name, @Column(name = "state_code") String stateCode) {
}
