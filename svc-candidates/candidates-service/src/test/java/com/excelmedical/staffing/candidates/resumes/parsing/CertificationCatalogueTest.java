package com.excelmedical.staffing.candidates.resumes.parsing;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The parser knows exactly the certifications svc-jobs' reference data lists, no more and no fewer. */
class CertificationCatalogueTest {

    private static final Path JOBS_CERTIFICATIONS =
            Path.of("../../svc-jobs/jobs-service/src/main/resources/db/migration/V2__professions_specialties_certifications.sql");

    @Test
    void coversSvcJobsCertificationReferenceData() throws IOException {
        var codes = Pattern.compile("md5\\('certification:([A-Z_]+)'\\)").matcher(Files.readString(JOBS_CERTIFICATIONS))
                .results().map(m -> m.group(1)).toList();

        assertThat(codes).hasSizeGreaterThan(20);
        assertThat(CertificationCatalogue.ENTRIES).extracting(e -> e.code().value()).containsExactlyInAnyOrderElementsOf(codes);
    }
}
