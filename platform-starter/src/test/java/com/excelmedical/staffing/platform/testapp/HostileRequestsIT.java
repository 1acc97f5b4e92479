package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import com.excelmedical.staffing.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests through the real embedded Tomcat, where some are refused below Spring MVC (the
 * connector, the error valve, the security firewall): every answer is problem details with a 4xx.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UseDevStack(postgres = "starter", kafka = true)
class HostileRequestsIT {

    private static final String TYPES = "https://staffing.excelmedical.com/problems/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void tokens(DynamicPropertyRegistry registry) {
        registry.add("staffing.security.jwk-set-uri", TestTokens.shared()::jwkSetUri);
    }

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Test
    void listensOnTheLoopbackInterfaceByDefault() {
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");
    }

    @Test
    void controlCharacterInAParameterNameIs400() throws IOException {
        Answer answer = send("GET /public/echo?q=x&%7F=1 HTTP/1.1");
        answer.assertProblem(400);
    }

    @Test
    void invalidUtf8InAParameterValueIs400() throws IOException {
        send("GET /public/echo?q=%ED%A0%80 HTTP/1.1").assertProblem(400);
    }

    @Test
    void nulAndControlCharactersInAParameterValueAre400NamingIt() throws IOException {
        Answer nul = send("GET /public/echo?q=a%00b HTTP/1.1");
        nul.assertProblem(400);
        assertThat(nul.json().path("errors").path(0).path("field").asString()).isEqualTo("q");
        send("GET /public/echo?q=a%1Bb HTTP/1.1").assertProblem(400);
    }

    @Test
    void pathTraversalIsRefusedAsProblemDetails() throws IOException {
        send("GET /public/..%2Factuator/health HTTP/1.1").assertProblem(400);
        send("GET /public/..;/actuator/health HTTP/1.1").assertProblem(400);
        send("GET /public/%2e%2e/%2e%2e/etc/passwd HTTP/1.1").assertClientErrorProblem();
    }

    @Test
    void overLongUrlAndHeaderAreRefusedAsProblemDetails() throws IOException {
        send("GET /public/ping?q=" + "a".repeat(20_000) + " HTTP/1.1").assertClientErrorProblem();
        send("GET /public/ping HTTP/1.1", "X-Filler: " + "b".repeat(20_000)).assertClientErrorProblem();
    }

    @Test
    void hugePageNumberIs400NamingPageAndPagesAreConsistent() throws IOException {
        Answer huge = send("GET /public/letters?page=2147483647 HTTP/1.1");
        huge.assertProblem(400);
        assertThat(huge.json().path("errors").path(0).path("field").asString()).isEqualTo("page");
        send("GET /public/letters?size=0 HTTP/1.1").assertProblem(400);
        send("GET /public/letters?size=abc HTTP/1.1").assertProblem(400);

        JsonNode second = send("GET /public/letters?page=1&size=2 HTTP/1.1").json();
        assertThat(second.path("items").toString()).isEqualTo("[\"c\",\"d\"]");
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(second.path("totalItems").asLong()).isEqualTo(5);
        assertThat(second.path("totalPages").asLong()).isEqualTo(3);
        JsonNode beyond = send("GET /public/letters?page=9&size=2 HTTP/1.1").json();
        assertThat(beyond.path("items").size()).isZero();
        assertThat(beyond.path("totalPages").asLong()).isEqualTo(3);
    }

    @Test
    void frameworkErrorPageIsProblemDetailsToo() throws IOException {
        send("GET /error HTTP/1.1").assertProblem(404);
    }

    @Test
    void methodARouteDoesNotHaveIs405WithAllowAndOptionsListsOnlyWhatExists() throws IOException {
        Answer delete = send("DELETE /public/ping HTTP/1.1");
        delete.assertProblem(405);
        assertThat(delete.header("Allow")).contains("GET").doesNotContain("DELETE").doesNotContain("PUT");
        Answer options = send("OPTIONS /public/ping HTTP/1.1");
        assertThat(options.status()).isEqualTo(200);
        assertThat(options.header("Allow")).contains("GET").doesNotContain("DELETE").doesNotContain("PUT")
                .doesNotContain("TRACE");
        Answer nothing = send("OPTIONS /public/nothing-here HTTP/1.1");
        nothing.assertProblem(404);
        assertThat(nothing.header("Allow")).isEmpty();
    }

    /** Sends the request line and headers as they are (no client-side encoding or checks) over a raw socket. */
    private Answer send(String requestLine, String... headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            StringBuilder request = new StringBuilder(requestLine).append("\r\nHost: localhost\r\nConnection: close\r\n");
            for (String header : headers) {
                request.append(header).append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Answer.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            in.transferTo(bytes);
        } catch (java.net.SocketException e) {
            // the server may reset the connection after answering an over-long request; keep what arrived
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    record Answer(int status, String head, String body) {

        static Answer parse(String raw) {
            int split = raw.indexOf("\r\n\r\n");
            String head = split < 0 ? raw : raw.substring(0, split);
            String body = split < 0 ? "" : raw.substring(split + 4);
            if (head.toLowerCase().contains("transfer-encoding: chunked")) {
                body = dechunk(body);
            }
            int status = head.length() >= 12 ? Integer.parseInt(head.substring(9, 12)) : -1;
            return new Answer(status, head, body);
        }

        private static String dechunk(String body) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            while (at < body.length()) {
                int lineEnd = body.indexOf("\r\n", at);
                int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    break;
                }
                out.append(body, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toString();
        }

        String header(String name) {
            return head.lines().filter(line -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                    .map(line -> line.substring(name.length() + 1).trim()).findFirst().orElse("");
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        void assertProblem(int expected) {
            assertThat(status).as(head + "\n\n" + body).isEqualTo(expected);
            assertProblemBody();
        }

        void assertClientErrorProblem() {
            assertThat(status).as(head + "\n\n" + body).isBetween(400, 499);
            assertProblemBody();
        }

        private void assertProblemBody() {
            assertThat(header("Content-Type")).as(head + "\n\n" + body).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.path("type").asString()).startsWith(TYPES);
            assertThat(problem.path("status").asInt()).isEqualTo(status);
        }
    }
}
