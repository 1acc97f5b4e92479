package com.excelmedical.staffing.platform.problems;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Writes a problem to a servlet response directly, for the layers below Spring MVC's message converters
 * (request filters, the security firewall and entry points, the error page).
 */
public final class ProblemResponses {

    private static final JsonMapper FALLBACK = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, ProblemDetail problem, JsonMapper json) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        (json == null ? FALLBACK : json).writeValue(response.getOutputStream(), Problems.body(problem));
    }

    static String json(ProblemDetail problem) {
        return FALLBACK.writeValueAsString(Problems.body(problem));
    }
}
