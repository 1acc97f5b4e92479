package com.excelmedical.staffing.jobs.search.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class SearchAdmissionTest {

    @Test
    void onlyTheSearchTakesTurns() {
        assertThat(SearchAdmission.isSearch(new MockHttpServletRequest("GET", "/jobs"))).isTrue();
        assertThat(SearchAdmission.isSearch(new MockHttpServletRequest("POST", "/jobs"))).isFalse();
        assertThat(SearchAdmission.isSearch(new MockHttpServletRequest("GET", "/jobs/specialties"))).isFalse();
    }
}
