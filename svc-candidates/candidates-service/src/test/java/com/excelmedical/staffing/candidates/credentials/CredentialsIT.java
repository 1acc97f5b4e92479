package com.excelmedical.staffing.candidates.credentials;

import com.excelmedical.staffing.candidates.CandidatesIT;
import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class CredentialsIT extends CandidatesIT {

    private static final String LICENSES = "/candidates/me/licenses";
    private static final String CERTIFICATIONS = "/candidates/me/certifications";
    private static final LocalDate TODAY = LocalDate.now();

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;

    private final UUID candidate = UUID.randomUUID();
    private final UUID recruiter = UUID.randomUUID();

    @Test
    void aLicenseIsCreatedReadChangedAndDeleted() throws Exception {
        String location = send(post(LICENSES), candidate, license("RN", "TX", "RN-1001", false, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.licenseType").value("RN"))
                .andExpect(jsonPath("$.status").value("active"))
                .andExpect(jsonPath("$.verification").value(nullValue()))
                .andExpect(jsonPath("$.version").value(0))
                .andReturn().getResponse().getHeader("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(location).isEqualTo(LICENSES + "/" + id);

        send(get(LICENSES), candidate, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(1)).andExpect(jsonPath("$.items[0].id").value(id));
        send(put(location), candidate, license("RN", "TX", "RN-1001", true, 0)).andExpect(status().isOk())
                .andExpect(jsonPath("$.multistate").value(true)).andExpect(jsonPath("$.version").value(1));
        send(put(location), candidate, license("RN", "TX", "RN-9999", true, 0)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send(put(location), candidate, license("RN", "TX", "RN-9999", true, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send(get(location), candidate, null).andExpect(status().isOk()).andExpect(jsonPath("$.licenseNumber").value("RN-1001"));

        send(delete(location), candidate, null).andExpect(status().isNoContent());
        send(get(location), candidate, null).andExpect(status().isNotFound());
    }

    @Test
    void anotherCandidatesCredentialIsNotFound() throws Exception {
        String license = created(LICENSES, license("RN", "FL", "RN-2002", false, null));
        String certification = created(CERTIFICATIONS, certification("BLS", TODAY.plusYears(1), null));
        UUID other = UUID.randomUUID();

        for (String location : new String[] {license, certification}) {
            send(get(location), other, null).andExpect(status().isNotFound());
            send(delete(location), other, null).andExpect(status().isNotFound());
        }
        send(put(license), other, license("RN", "FL", "STOLEN", false, 0)).andExpect(status().isNotFound());
        send(put(certification), other, certification("BLS", TODAY.plusYears(2), 0)).andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("SELECT license_number FROM candidate_licenses WHERE candidate_id = ?", String.class, candidate))
                .isEqualTo("RN-2002");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_certifications WHERE candidate_id = ?", Integer.class, candidate))
                .isEqualTo(1);
    }

    @Test
    void aSecondLicenseOfTheSameTypeAndStateIsAConflictNamingTheFirst() throws Exception {
        String first = created(LICENSES, license("RN", "TX", "RN-3003", false, null));
        String firstId = first.substring(first.lastIndexOf('/') + 1);

        send(post(LICENSES), candidate, license("RN", "TX", "RN-3004", false, null)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString(firstId)))
                .andExpect(jsonPath("$.errors[0].field").value("stateCode"));
        send(post(LICENSES), candidate, license("LPN", "TX", "LPN-3005", false, null)).andExpect(status().isCreated());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_licenses WHERE candidate_id = ?", Integer.class, candidate))
                .isEqualTo(2);
    }

    @Test
    void badCredentialsAreRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        send(post(CERTIFICATIONS), candidate, certification("XYZ", TODAY.plusYears(1), null)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("certificationCode"))
                .andExpect(jsonPath("$.detail").value(containsString("XYZ")));
        send(post(LICENSES), candidate, license("RN", "CA", "RN-4", true, null)).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("multistate"));
        send(post(LICENSES), candidate, license("RN", "ZZ", "RN-4", false, null)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stateCode"));
        send(post(LICENSES), candidate, """
                {"licenseType": "RN", "stateCode": "TX", "licenseNumber": "RN-5", "issuedOn": "%s", "expiresOn": "%s"}"""
                .formatted(TODAY.minusYears(1), TODAY.minusYears(2))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("expiresOn"));
        send(post(LICENSES), candidate, """
                {"licenseType": "RN", "stateCode": "TX", "licenseNumber": "RN-6", "issuedOn": "%s", "expiresOn": "%s",
                 "status": "ACTIVE"}""".formatted(TODAY.minusYears(1), TODAY.plusYears(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        send(post("/candidates/me/work-experience"), candidate, """
                {"employer": "St. Mary", "title": "RN", "startedOn": "%s", "endedOn": "%s"}"""
                .formatted(TODAY.minusYears(1), TODAY.plusDays(1))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));

        assertThat(jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM candidate_licenses WHERE candidate_id = ?)
                     + (SELECT count(*) FROM candidate_certifications WHERE candidate_id = ?)
                     + (SELECT count(*) FROM candidate_work_experiences WHERE candidate_id = ?)""", Integer.class,
                candidate, candidate, candidate)).isZero();
    }

    @Test
    void aVerificationHoldsUntilTheNumberOrTheDatesChange() throws Exception {
        String license = created(LICENSES, license("RN", "TX", "RN-7007", false, null));
        String verification = "/candidates/" + candidate + "/licenses/" + id(license) + "/verification";

        send(post(verification), candidate, "{\"method\": \"NURSYS\"}").andExpect(status().isForbidden());
        send(post(verification), recruiter, "{\"method\": \"NURSYS\"}", "recruiter").andExpect(status().isOk())
                .andExpect(jsonPath("$.verifiedBy").value(recruiter.toString()))
                .andExpect(jsonPath("$.method").value("NURSYS"));
        send(post("/candidates/" + UUID.randomUUID() + "/licenses/" + id(license) + "/verification"), recruiter,
                "{\"method\": \"NURSYS\"}", "recruiter").andExpect(status().isNotFound());

        // the multistate flag is not what was verified: the verification stays
        send(put(license), candidate, license("RN", "TX", "RN-7007", true, 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.method").value("NURSYS"))
                .andExpect(jsonPath("$.verification.verifiedBy").value(recruiter.toString()));
        // a new number is not the license verified
        send(put(license), candidate, license("RN", "TX", "RN-7008", true, 2)).andExpect(status().isOk())
                .andExpect(jsonPath("$.verification").value(nullValue()));
        assertThat(jdbc.queryForObject("SELECT verified_by IS NULL AND verified_at IS NULL FROM candidate_licenses WHERE id = ?::uuid",
                Boolean.class, id(license))).isTrue();

        String certification = created(CERTIFICATIONS, certification("ACLS", TODAY.plusYears(1), null));
        String certVerification = "/candidates/" + candidate + "/certifications/" + id(certification) + "/verification";
        send(post(certVerification), recruiter, "{\"method\": \"DOCUMENT\"}", "admin").andExpect(status().isOk());
        send(put(certification), candidate, certification("ACLS", TODAY.plusYears(2), 1)).andExpect(status().isOk())
                .andExpect(jsonPath("$.verification").value(nullValue()));
        send(post(certVerification), recruiter, "{\"method\": \"MANUAL\"}", "recruiter").andExpect(status().isOk());
        send(delete(certVerification), recruiter, null, "recruiter").andExpect(status().isNoContent());
        send(get(certification), candidate, null).andExpect(jsonPath("$.verification").value(nullValue()));
    }

    @Test
    void workExperienceAndEducationAreKeptNewestFirst() throws Exception {
        String older = created("/candidates/me/work-experience", """
                {"employer": "Mercy General", "title": "Staff RN", "specialty": "icu", "stateCode": "TX",
                 "startedOn": "%s", "endedOn": "%s"}""".formatted(TODAY.minusYears(5), TODAY.minusYears(2)));
        created("/candidates/me/work-experience", """
                {"employer": "St. Luke's", "title": "Travel RN", "startedOn": "%s"}""".formatted(TODAY.minusYears(1)));
        send(get("/candidates/me/work-experience"), candidate, null).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].employer").value("St. Luke's"))
                .andExpect(jsonPath("$.items[1].specialty").value("ICU"));
        send(put(older), candidate, """
                {"version": 0, "employer": "Mercy General", "title": "Charge RN", "startedOn": "%s"}"""
                .formatted(TODAY.minusYears(5))).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Charge RN")).andExpect(jsonPath("$.endedOn").value(nullValue()));

        String school = created("/candidates/me/education", """
                {"institution": "UT Austin", "degree": "BSN", "field": "Nursing", "startedOn": "2012-09-01",
                 "completedOn": "2016-05-15"}""");
        send(get("/candidates/me/education"), candidate, null).andExpect(jsonPath("$.items[0].degree").value("BSN"));
        send(delete(school), candidate, null).andExpect(status().isNoContent());
        send(delete(older), candidate, null).andExpect(status().isNoContent());
        send(get("/candidates/me/work-experience"), candidate, null).andExpect(jsonPath("$.items.length()").value(1));
    }

    @Test
    void aDeactivatedCandidateReadsButCannotWrite() throws Exception {
        UUID closed = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, status) VALUES (?, 'DEACTIVATED')", closed);

        send(post(LICENSES), closed, license("RN", "TX", "RN-8", false, null)).andExpect(status().isConflict());
        send(get(LICENSES), closed, null).andExpect(status().isOk()).andExpect(jsonPath("$.items.length()").value(0));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_licenses WHERE candidate_id = ?", Integer.class, closed)).isZero();
    }

    @Test
    void staffReadACandidatesLicensesAndCertifications() throws Exception {
        created(LICENSES, license("APRN", "NY", "NP-9", false, null));
        created(CERTIFICATIONS, certification("BLS", null, null));

        send(get("/candidates/" + candidate + "/licenses"), recruiter, null, "recruiter").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].licenseType").value("APRN"));
        send(get("/candidates/" + candidate + "/certifications"), recruiter, null, "admin").andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].certificationCode").value("BLS"))
                .andExpect(jsonPath("$.items[0].expiresOn").value(nullValue()));
        send(get("/candidates/" + UUID.randomUUID() + "/licenses"), recruiter, null, "recruiter").andExpect(status().isNotFound());
        send(get("/candidates/" + candidate + "/licenses"), candidate, null).andExpect(status().isForbidden());
    }

    @Test
    void anErasedCandidatesCredentialsAreDeletedWithTheAccount() throws Exception {
        created(LICENSES, license("RN", "TX", "RN-10", false, null));
        created("/candidates/me/work-experience", """
                {"employer": "Mercy General", "title": "Staff RN", "startedOn": "%s"}""".formatted(TODAY.minusYears(1)));

        transactions.executeWithoutResult(status -> events.publishEvent(new CandidateErased(candidate)));

        assertThat(jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM candidate_licenses WHERE candidate_id = ?)
                     + (SELECT count(*) FROM candidate_work_experiences WHERE candidate_id = ?)""", Integer.class,
                candidate, candidate)).isZero();
    }

    private String created(String path, String body) throws Exception {
        return send(post(path), candidate, body).andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(path + "/"))).andReturn().getResponse().getHeader("Location");
    }

    private ResultActions send(MockHttpServletRequestBuilder request, UUID user, String body, String... roles) throws Exception {
        request.header("Authorization", bearer(user, roles.length == 0 ? new String[] {"candidate"} : roles));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request);
    }

    private static String id(String location) {
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static String license(String type, String state, String number, boolean multistate, Integer version) {
        return """
                {%s"licenseType": "%s", "stateCode": "%s", "licenseNumber": "%s", "multistate": %s,
                 "issuedOn": "%s", "expiresOn": "%s"}""".formatted(version == null ? "" : "\"version\": " + version + ", ",
                type, state, number, multistate, TODAY.minusYears(2), TODAY.plusYears(2));
    }

    private static String certification(String code, LocalDate expiresOn, Integer version) {
        return """
                {%s"certificationCode": "%s", "issuingBody": "American Heart Association",
                 "issuedOn": "%s"%s}""".formatted(version == null ? "" : "\"version\": " + version + ", ", code, TODAY.minusYears(1),
                expiresOn == null ? "" : ", \"expiresOn\": \"" + expiresOn + "\"");
    }
}
