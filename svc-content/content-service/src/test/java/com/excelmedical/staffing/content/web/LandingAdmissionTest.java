package com.excelmedical.staffing.content.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class LandingAdmissionTest {

    @Test
    void onlyLandingPagesTakeTurns() {
        assertThat(LandingAdmission.isLanding(new MockHttpServletRequest("GET", "/content/landing/icu/TX/austin"))).isTrue();
        assertThat(LandingAdmission.isLanding(new MockHttpServletRequest("HEAD", "/content/landing/icu/TX/austin"))).isFalse();
        assertThat(LandingAdmission.isLanding(new MockHttpServletRequest("GET", "/content/pages"))).isFalse();
        assertThat(LandingAdmission.isLanding(new MockHttpServletRequest("GET", "/content/city-guides/TX/austin"))).isFalse();
    }
}
