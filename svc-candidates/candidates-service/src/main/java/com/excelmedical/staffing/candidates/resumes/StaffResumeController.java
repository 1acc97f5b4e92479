package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** A candidate's resumes for recruiters and admins: the list and the files. */
@RestController
@RequestMapping("/candidates/{candidateId:[0-9a-fA-F-]{36}}/resumes")
@PreAuthorize("hasAnyRole('recruiter', 'admin')")
class StaffResumeController {

    private final ResumeService resumes;

    StaffResumeController(ResumeService resumes) {
        this.resumes = resumes;
    }

    @GetMapping
    PageResponse<ResumeSummaryResponse> list(@PathVariable UUID candidateId, PageQuery page) {
        PageResponse<StoredResume> stored = resumes.listForStaff(candidateId, page);
        return PageResponse.of(stored.items().stream().map(ResumeSummaryResponse::of).toList(), page, stored.totalItems());
    }

    @GetMapping(value = ResumeController.RESUME_ID + "/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> file(@PathVariable UUID candidateId, @PathVariable UUID resumeId) {
        return ResumeFileResponse.of(resumes.file(candidateId, resumeId));
    }
}
