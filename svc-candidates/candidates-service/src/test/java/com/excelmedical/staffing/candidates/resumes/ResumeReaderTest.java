package com.excelmedical.staffing.candidates.resumes;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ResumeReaderTest {

    private final ResumeReader reader = new ResumeReader();

    @Test
    void readsEveryPageOfAGeneratedPdf() throws IOException {
        byte[] pdf = ResumeFiles.pdf(SampleResume.lines());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }

        ResumeText read = reader.read(pdf, "jane-doe.pdf");

        assertThat(read.type()).isEqualTo(ResumeType.PDF);
        assertThat(read.text()).startsWith("Jane A. Doe, RN, BSN")
                .contains("RN License: TX 123456, expires 03/31/2027")
                .contains("Travel Nurse - Cross Country Staffing | 03/2018 – 12/2019")
                .endsWith("Arterial line management; sepsis bundles");
    }

    @Test
    void readsAGeneratedDocx() {
        ResumeText read = reader.read(ResumeFiles.docx(SampleResume.lines()), "jane-doe.docx");

        assertThat(read.type()).isEqualTo(ResumeType.DOCX);
        assertThat(read.text().lines().toList()).containsExactlyElementsOf(SampleResume.lines());
    }

    @Test
    void readsPlainTextInUtf8AndInWindows1252() {
        String text = "José Núñez, RN\nRN License: NM 445566\n";

        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "cv.txt"))
                .isEqualTo(new ResumeText(ResumeType.TEXT, text.strip()));
        assertThat(reader.read(text.getBytes(java.nio.charset.Charset.forName("windows-1252")), "cv.txt").text())
                .isEqualTo(text.strip());
    }

    @Test
    void decidesByContentNotByName() {
        assertThat(reader.detect(ResumeFiles.docx(SampleResume.lines()), "cv.pdf")).isEqualTo(ResumeType.DOCX);
        assertThat(reader.detect(ResumeFiles.pdf(SampleResume.lines()), "cv.docx")).isEqualTo(ResumeType.PDF);
        assertThat(reader.detect(SampleResume.text().getBytes(StandardCharsets.UTF_8), "cv.exe")).isEqualTo(ResumeType.TEXT);
    }

    @Test
    void keepsOnlyTheFirstPagesOfALongPdf() {
        ResumeReader onePage = new ResumeReader(new ResumeLimits(5L << 20, 64L << 20, 32L << 20, 100, 1_000, 1, 200_000));

        String text = onePage.read(ResumeFiles.pdf(SampleResume.lines()), "cv.pdf").text();

        assertThat(text).contains("Jane A. Doe").doesNotContain("Arterial line management");
    }
}
