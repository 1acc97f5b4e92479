package com.excelmedical.staffing.platform.problems;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any other code reads them, query parameters that no service can use: a query string
 * that is not valid percent-encoded UTF-8, and control characters in a parameter's name or value (NUL,
 * which PostgreSQL cannot store in text, and the rest of C0 and DEL; tab and line breaks are allowed in
 * values). Each is a 400 problem naming the parameter, never a 500 or a database error later on.
 */
public class RequestParameterGuard extends OncePerRequestFilter {

    private final Problems problems;
    private final JsonMapper json;

    public RequestParameterGuard(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Map<String, String[]> parameters;
        try {
            parameters = request.getParameterMap();
        } catch (IllegalStateException | IllegalArgumentException e) {
            refuse(response, "The query string is not valid percent-encoded UTF-8", List.of());
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (TextChecks.hasControlCharacter(name, false)) {
                refuse(response, "A query parameter's name contains a control character", List.of());
                return;
            }
            for (String value : parameter.getValue()) {
                if (TextChecks.hasControlCharacter(value, true)) {
                    refuse(response, "The request has invalid fields",
                            List.of(new FieldProblem(name, TextChecks.CONTROL_CHARACTER_MESSAGE)));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String detail, List<FieldProblem> errors) throws IOException {
        String type = errors.isEmpty() ? ProblemType.MALFORMED : ProblemType.VALIDATION;
        ProblemResponses.write(response, problems.problem(HttpStatus.BAD_REQUEST, type, detail, errors), json);
    }
}
