package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.resumes.accept.AcceptRequest;
import com.excelmedical.staffing.candidates.resumes.accept.AcceptResponse;
import com.excelmedical.staffing.candidates.resumes.accept.ResumeAcceptance;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** The signed-in candidate's resumes: upload, list, read, download, delete, and accept parsed fields. */
@RestController
@RequestMapping("/candidates/me/resumes")
@PreAuthorize("hasRole('candidate')")
class ResumeController {

    /** A resume's id in every route: a segment that is not UUID-shaped matches no route (404). */
    static final String RESUME_ID = "/{resumeId:[0-9a-fA-F-]{36}}";

    private final ResumeService resumes;
    private final ResumeAcceptance acceptance;
    private final Clock clock;

    ResumeController(ResumeService resumes, ResumeAcceptance acceptance, Clock clock) {
        this.resumes = resumes;
        this.acceptance = acceptance;
        this.clock = clock;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "Stored and parsed; Location names the resume", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The same file was uploaded before: that resume", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "413", description = "Larger than 5 MB")
    @ApiResponse(responseCode = "415", description = "Not PDF, DOCX or plain text, whatever its name says")
    @ApiResponse(responseCode = "422", description = "Empty, damaged, password-protected, without text, or expanding too far")
    ResponseEntity<ResumeResponse> upload(@RequestPart(name = "file", required = false) MultipartFile file, CurrentUser user) {
        if (file == null) {
            throw new InvalidInputException(ResumeRefusedException.FIELD, "is required: the resume as the multipart part 'file'");
        }
        if (file.getSize() > ResumeLimits.DEFAULTS.maxBytes()) {
            throw ResumeRefusedException.tooLarge(ResumeLimits.DEFAULTS.maxBytes());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(ResumeRefusedException.FIELD, "could not be read from the request");
        }
        Upload upload = resumes.upload(user.id(), content, file.getOriginalFilename());
        ResumeResponse body = ResumeResponse.of(upload.resume());
        return upload.created() ? ResponseEntity.created(URI.create("/candidates/me/resumes/" + body.id())).body(body)
                : ResponseEntity.ok(body);
    }

    @GetMapping
    PageResponse<ResumeSummaryResponse> list(PageQuery page, CurrentUser user) {
        PageResponse<StoredResume> stored = resumes.list(user.id(), page);
        return PageResponse.of(stored.items().stream().map(ResumeSummaryResponse::of).toList(), page, stored.totalItems());
    }

    @GetMapping(RESUME_ID)
    ResumeResponse get(@PathVariable UUID resumeId, CurrentUser user) {
        return ResumeResponse.of(resumes.get(user.id(), resumeId));
    }

    @GetMapping(value = RESUME_ID + "/file", produces = MediaType.ALL_VALUE)
    ResponseEntity<byte[]> file(@PathVariable UUID resumeId, CurrentUser user) {
        return ResumeFileResponse.of(resumes.file(user.id(), resumeId));
    }

    @DeleteMapping(RESUME_ID)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID resumeId, CurrentUser user) {
        resumes.delete(user.id(), resumeId);
    }

    @PostMapping(RESUME_ID + "/accept")
    AcceptResponse accept(@PathVariable UUID resumeId, @Valid @RequestBody AcceptRequest request, CurrentUser user) {
        return AcceptResponse.of(acceptance.accept(user.id(), resumeId, request.toChoices(LocalDate.now(clock))));
    }
}
