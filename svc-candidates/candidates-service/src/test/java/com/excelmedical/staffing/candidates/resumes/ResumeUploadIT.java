package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploads: PDF, DOCX and text read and parsed, the same file kept once, and every refusal a problem naming {@code file}. */
class ResumeUploadIT extends CandidatesIT {

    private final UUID candidate = UUID.randomUUID();

    @Value("${local.server.port}")
    int port;

    @Test
    void pdfDocxAndTextAreParsedStoredOnceAndNothingIsMergedWithoutAccept() throws Exception {
        byte[] pdf = ResumeFiles.pdf(SampleResume.lines());
        String location = upload(pdf, "../../home/jane/Jane \u0000Doe CV.pdf").andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/candidates/me/resumes/")))
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.fileName").value("Jane Doe CV.pdf"))
                .andExpect(jsonPath("$.sha256").value(sha256(pdf)))
                .andExpect(jsonPath("$.parsedFields.contact.email.value").value("jane.doe@example.com"))
                .andExpect(jsonPath("$.parsedFields.contact.phone.value").value("+17135550142"))
                .andExpect(jsonPath("$.parsedFields.licenses[*].state", hasItems("TX", "FL", "CA")))
                .andExpect(jsonPath("$.parsedFields.certifications[*].code", hasItems("BLS", "ACLS", "PALS", "NIHSS", "TNCC")))
                .andExpect(jsonPath("$.parsedFields.workHistory.length()").value(3))
                .andExpect(jsonPath("$.parsedFields.workHistory[0].start").value("2020-01"))
                .andExpect(jsonPath("$.parsedFields.education[*].institution", hasItems("University of Texas at Austin")))
                .andExpect(jsonPath("$.parsedFields.skills[*].name", hasItems("Epic")))
                .andExpect(jsonPath("$.acceptedAt").doesNotExist())
                .andReturn().getResponse().getHeader("Location");
        JsonNode first = json.readTree(upload(pdf, "again.pdf").andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat("/candidates/me/resumes/" + first.path("id").asString()).isEqualTo(location);
        assertThat(first.path("confidence").asDouble()).isGreaterThan(0.7);

        upload(ResumeFiles.docx(SampleResume.lines()), "cv.docx").andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .andExpect(jsonPath("$.parsedFields.certifications[*].code", hasItems("BLS", "ACLS")));
        upload(SampleResume.text().getBytes(StandardCharsets.UTF_8), "cv.txt").andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("text/plain"))
                .andExpect(jsonPath("$.parsedFields.contact.name.value").value("Jane A. Doe"));

        assertThat(jdbc.queryForList("SELECT content_type FROM candidate_resumes WHERE candidate_id = ? ORDER BY created_at",
                String.class, candidate)).hasSize(3);
        assertThat(jdbc.queryForObject("SELECT text_content FROM candidate_resumes WHERE sha256 = ? AND candidate_id = ?",
                String.class, sha256(pdf), candidate)).contains("Memorial Hermann Hospital");
        assertThat(jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM candidate_licenses WHERE candidate_id = :c)
                     + (SELECT count(*) FROM candidate_certifications WHERE candidate_id = :c)
                     + (SELECT count(*) FROM candidate_work_experiences WHERE candidate_id = :c)
                     + (SELECT count(*) FROM candidate_education WHERE candidate_id = :c)""".replace(":c", "'" + candidate + "'"),
                Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT cell_phone FROM candidates WHERE id = ?", String.class, candidate)).isNull();
    }

    @Test
    void aFileThatIsNotWhatItClaimsOrCannotBeReadIsRefusedNamingFileAndNothingIsStored() throws Exception {
        refused(upload(HostileFiles.windowsExecutable(), "cv.pdf"), 415);
        refused(upload(HostileFiles.damagedPdf(), "cv.pdf"), 422);
        refused(upload(new byte[0], "cv.pdf"), 422);
        refused(upload(ResumeFiles.encryptedPdf(SampleResume.lines(), "secret"), "cv.pdf"), 422);
        refused(mvc.perform(multipart("/candidates/me/resumes").file(new MockMultipartFile("resume", "cv.txt", "text/plain",
                "Jane".getBytes(StandardCharsets.UTF_8))).header("Authorization", bearer(candidate, "candidate"))), 400);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_resumes WHERE candidate_id = ?", Long.class, candidate)).isZero();
    }

    @Test
    void aDeactivatedCandidateStoresNoResume() throws Exception {
        UUID closed = UUID.randomUUID();
        jdbc.update("INSERT INTO candidates (id, status) VALUES (?, 'DEACTIVATED')", closed);

        mvc.perform(multipart("/candidates/me/resumes").file(new MockMultipartFile("file", "cv.txt", "text/plain",
                        String.join("\n", SampleResume.lines()).getBytes(StandardCharsets.UTF_8)))
                        .header("Authorization", bearer(closed, "candidate")))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_resumes WHERE candidate_id = ?", Long.class, closed)).isZero();
    }

    @Test
    void aSixMegabyteUploadOverHttpIsAProblemNamingFile() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        String boundary = "----resume" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"cv.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> response;
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
            response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/candidates/me/resumes"))
                    .header("Authorization", bearer(candidate, "candidate"))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        }

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("file");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidate_resumes WHERE candidate_id = ?", Long.class, candidate)).isZero();
    }

    private ResultActions upload(byte[] content, String name) throws Exception {
        return mvc.perform(multipart("/candidates/me/resumes").file(new MockMultipartFile("file", name, "application/pdf", content))
                .header("Authorization", bearer(candidate, "candidate")));
    }

    private static void refused(ResultActions answer, int status) throws Exception {
        answer.andExpect(status().is(status))
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
