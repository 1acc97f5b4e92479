package com.excelmedical.staffing.candidates.applications.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ListingAdmissionTest {

    @Test
    void onlyListingsTakeTurns() {
        assertThat(ListingAdmission.isListing(new MockHttpServletRequest("GET", "/candidates/applications"))).isTrue();
        assertThat(ListingAdmission.isListing(new MockHttpServletRequest("POST", "/candidates/applications"))).isFalse();
        assertThat(ListingAdmission.isListing(new MockHttpServletRequest("GET",
                "/candidates/applications/6f1c2a4e-8d3b-4c1e-9a7f-2b5d8e0c4a13"))).isFalse();
        assertThat(ListingAdmission.isListing(new MockHttpServletRequest("GET", "/candidates/me"))).isFalse();
    }
}
