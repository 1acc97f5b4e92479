package com.excelmedical.staffing.jobs.job;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A certification a candidate needs: to be submitted to the client, or only by onboarding. */
@Embeddable
public record RequiredCertification(@Column(name = "certification") String certification,
                                    @Column(name = "for_onboarding") boolean forOnboarding,
                                    @Column(name = "for_submittal") boolean forSubmittal) {
}
