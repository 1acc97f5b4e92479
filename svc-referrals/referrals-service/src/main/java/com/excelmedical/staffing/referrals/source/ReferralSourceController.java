package com.excelmedical.staffing.referrals.source;

import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public master data: how a candidate may have heard of the agency (the active entries, in their order). */
@RestController
class ReferralSourceController {

    private final JdbcClient jdbc;

    ReferralSourceController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/referrals/sources")
    PageResponse<SourceResponse> list() {
        return PageResponse.whole(jdbc.sql("SELECT id, name, description FROM referral_sources WHERE active ORDER BY id")
                .query((rs, n) -> new SourceResponse(rs.getInt("id"), rs.getString("name"), rs.getString("description")))
                .list());
    }

    record SourceResponse(int id, String name, String description) {
    }
}
