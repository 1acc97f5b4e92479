package com.excelmedical.staffing.candidates.reference;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.ReferenceStandIn;
import com.excelmedical.staffing.candidates.eligibility.CertificationCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference data read over HTTP from svc-jobs (its stand-in) through the Feign client. */
class ReferenceDataIT extends CandidatesIT {

    @Autowired
    ReferenceData reference;

    @Test
    void readsSpecialtiesProfessionsAndCertificationsFromSvcJobs() {
        assertThat(reference.specialty(ReferenceStandIn.specialtyId("ER"))).hasValueSatisfying(er -> {
            assertThat(er.code()).isEqualTo("ER");
            assertThat(er.requiredCertifications()).extracting(CertificationCode::value).containsExactly("BLS", "ACLS", "PALS", "TNCC");
            assertThat(reference.profession(er.professionId())).hasValueSatisfying(p -> assertThat(p.code()).isEqualTo("RN"));
        });
        assertThat(reference.certification(CertificationCode.of("NIHSS"))).isPresent();
    }
}
