package com.excelmedical.staffing.candidates.resumes;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "cv.pdf | cv.pdf",
            "../../etc/passwd | passwd",
            "C:\\Users\\jane\\My CV.docx | My CV.docx",
            "'Jane\u0000 \"Doe\";\r\n.pdf' | Jane Doe.pdf",
            ".hidden.txt | hidden.txt",
            "../ | resume",
            "NULL | resume"})
    void aDeclaredNameKeepsItsLastPartWithoutControlOrQuotingCharacters(String declared, String kept) {
        assertThat(FileNames.sanitise(declared)).isEqualTo(kept);
    }

    @ParameterizedTest
    @CsvSource({"300", "121"})
    void aLongNameKeepsItsEndWithinTheLimit(int length) {
        String name = FileNames.sanitise("x".repeat(length - 4) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }
}
