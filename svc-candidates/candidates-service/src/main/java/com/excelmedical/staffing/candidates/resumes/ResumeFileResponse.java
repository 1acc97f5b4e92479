package com.excelmedical.staffing.candidates.resumes;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

/**
 * A stored file as a download: the type detected at upload, always as an attachment under its sanitised
 * name, never cached (a resume is personal data).
 */
final class ResumeFileResponse {

    private ResumeFileResponse() {
    }

    static ResponseEntity<byte[]> of(ResumeFile file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.type().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(file.content());
    }
}
