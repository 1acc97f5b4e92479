package com.excelmedical.staffing.referrals.share;

import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import com.excelmedical.staffing.referrals.ReferralsProperties;
import com.excelmedical.staffing.referrals.support.ShortCode;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

@RestController
class JobShareController {

    private static final String SHARE = "/referrals/job-shares/{code:" + ShortCode.PATTERN + "}";

    private final JobShareService service;
    private final ReferralsProperties properties;

    JobShareController(JobShareService service, ReferralsProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @PostMapping("/referrals/job-shares")
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The recruiter's existing link for this job", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "The job is not known to this service")
    ResponseEntity<ShareResponse> share(@Valid @RequestBody JobShareRequest request, CurrentUser user) {
        JobShareService.Created result = service.share(user.id(), request.jobId());
        ShareResponse body = new ShareResponse(result.share().code(), url(result.share()));
        return result.created()
                ? ResponseEntity.created(URI.create("/referrals/job-shares/" + body.code())).body(body)
                : ResponseEntity.status(HttpStatus.OK).body(body);
    }

    /** Public: the link was followed. Counts a view and answers the job to show. */
    @GetMapping(SHARE + "/visit")
    VisitResponse visit(@PathVariable String code) {
        return new VisitResponse(service.visit(parse(code)));
    }

    @GetMapping(SHARE)
    @PreAuthorize("hasAnyRole('recruiter', 'admin')")
    CountersResponse counters(@PathVariable String code, CurrentUser user) {
        JobShare share = service.counters(parse(code), user);
        return new CountersResponse(share.code(), share.jobId(), url(share), share.views(), share.applications(),
                share.placements());
    }

    private String url(JobShare share) {
        return properties.link("/jobs/" + share.jobId() + "?share=" + share.code());
    }

    private static ShortCode parse(String code) {
        return ShortCode.parse(code).orElseThrow(() -> new NotFoundException("Job share", code));
    }

    record JobShareRequest(@NotNull UUID jobId) {
    }

    record ShareResponse(String code, String url) {
    }

    record VisitResponse(UUID jobId) {
    }

    record CountersResponse(String code, UUID jobId, String url, long views, long applications, long placements) {
    }
}
