package com.excelmedical.staffing.jobs.importing;

import java.util.List;
import jakarta.validation.constraints.NotNull;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.UUID;

/**
 * {@code POST /jobs/imports} with a LaborEdge feed {@code {"fullFeed": true, "jobs": [...]}}; a full feed
 * (the default) closes imported jobs it does not list.
 */
@RestController
@RequestMapping("/jobs/imports")
@PreAuthorize("hasRole('admin')")
class ImportController {

    private final JobImporter importer;
    private final ImportReports reports;

    ImportController(JobImporter importer, ImportReports reports) {
        this.importer = importer;
        this.reports = reports;
    }

    /** The body's structure as documented; it is read row by row, so that one bad job rejects only itself. */
    record Feed(@Schema(description = "true (default): imported jobs missing from the feed are closed") Boolean fullFeed,
                @NotNull List<FeedJob> jobs) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportReport> importFeed(@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = Feed.class)))
                                            @RequestBody JsonNode feed, CurrentUser user) {
        JsonNode jobs = feed.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new InvalidInputException("jobs", "must be an array of LaborEdge jobs");
        }
        JsonNode full = feed.get("fullFeed");
        if (full != null && !full.isBoolean()) {
            throw new InvalidInputException("fullFeed", "must be true or false");
        }
        ImportReport report = importer.importFeed(jobs, full == null || full.asBoolean(), "upload", user.id());
        return ResponseEntity.created(URI.create("/jobs/imports/" + report.id())).body(report);
    }

    @GetMapping("/{importId}")
    ImportReport report(@PathVariable UUID importId) {
        return reports.find(importId).orElseThrow(() -> new NotFoundException("Import", importId));
    }
}
