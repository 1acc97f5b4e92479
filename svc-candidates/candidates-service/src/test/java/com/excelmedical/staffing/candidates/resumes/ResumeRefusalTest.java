package com.excelmedical.staffing.candidates.resumes;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumeRefusalTest {

    private final ResumeReader reader = new ResumeReader();

    @Test
    void refusesAnExecutableNamedLikeAPdf() {
        assertThatThrownBy(() -> reader.read(HostileFiles.windowsExecutable(), "cv.pdf"))
                .isInstanceOfSatisfying(UnsupportedResumeType.class,
                        refused -> assertThat(refused.detectedMediaType()).isEqualTo("application/x-msdownload"));
        assertThatThrownBy(() -> reader.read(HostileFiles.linuxExecutable(), "cv.pdf")).isInstanceOf(UnsupportedResumeType.class);
    }

    @Test
    void refusesAZipThatHoldsNoWordDocument() {
        assertThatThrownBy(() -> reader.read(HostileFiles.plainZip(), "cv.pdf")).isInstanceOf(UnsupportedResumeType.class);
    }

    @Test
    void refusesALegacyBinaryWordFile() {
        assertThatThrownBy(() -> reader.read(HostileFiles.legacyWordContainer(), "cv.doc")).isInstanceOf(UnsupportedResumeType.class);
    }

    @Test
    void refusesAnEmptyFile() {
        assertUnreadable(new byte[0], UnreadableResume.Reason.EMPTY);
    }

    @Test
    void refusesADamagedPdf() {
        assertUnreadable(HostileFiles.damagedPdf(), UnreadableResume.Reason.DAMAGED);
    }

    @Test
    void refusesATruncatedDocx() {
        byte[] docx = ResumeFiles.docx(SampleResume.lines());

        assertUnreadable(Arrays.copyOf(docx, docx.length / 2), UnreadableResume.Reason.DAMAGED);
    }

    @Test
    void refusesAPasswordProtectedPdf() {
        assertUnreadable(ResumeFiles.encryptedPdf(SampleResume.lines(), "user-secret"), UnreadableResume.Reason.ENCRYPTED);
    }

    @Test
    void refusesAPasswordProtectedDocx() {
        byte[] encrypted = HostileFiles.encryptedDocx(ResumeFiles.docx(SampleResume.lines()), "user-secret");

        assertUnreadable(encrypted, UnreadableResume.Reason.ENCRYPTED);
    }

    @Test
    void refusesAPdfWithoutText() {
        assertUnreadable(ResumeFiles.pdfWithoutText(), UnreadableResume.Reason.NO_TEXT);
    }

    @Test
    void refusesADocxThatInflatesToGigabytes() {
        byte[] bomb = HostileFiles.docxBomb(ResumeFiles.docx(SampleResume.lines()));
        assertThat(bomb.length).as("within the upload limit").isLessThan(5 << 20);

        assertUnreadable(bomb, UnreadableResume.Reason.EXPANDS_TOO_FAR);
    }

    @Test
    void refusesADocxWhoseEntriesTogetherInflateBeyondTheLimit() {
        ResumeReader strict = new ResumeReader(new ResumeLimits(5L << 20, 1L << 20, 1L << 20, 100, 1_000, 30, 200_000));
        byte[] padded = HostileFiles.docxWithRandomText(ResumeFiles.docx(SampleResume.lines()), 2L << 20);

        assertThatThrownBy(() -> strict.read(padded, "cv.docx")).isInstanceOfSatisfying(UnreadableResume.class,
                refused -> assertThat(refused.reason()).isEqualTo(UnreadableResume.Reason.EXPANDS_TOO_FAR));
        assertThat(reader.read(padded, "cv.docx").type()).as("within the default limits").isEqualTo(ResumeType.DOCX);
    }

    @Test
    void refusesAFileOverFiveMegabytes() {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');

        assertThatThrownBy(() -> reader.read(large, "cv.txt")).isInstanceOfSatisfying(ResumeTooLarge.class,
                refused -> assertThat(refused.limit()).isEqualTo(5L * 1024 * 1024));
    }

    private void assertUnreadable(byte[] content, UnreadableResume.Reason reason) {
        assertThatThrownBy(() -> reader.read(content, "cv.pdf")).isInstanceOfSatisfying(UnreadableResume.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason));
    }
}
