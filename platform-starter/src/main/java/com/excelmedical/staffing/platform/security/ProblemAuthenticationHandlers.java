package com.excelmedical.staffing.platform.security;

import com.excelmedical.staffing.platform.problems.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import com.excelmedical.staffing.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/** Answers 401 and 403 from the security filters as problem details, like every other error. */
class ProblemAuthenticationHandlers implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final Problems problems;
    private final JsonMapper json;

    ProblemAuthenticationHandlers(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        boolean tokenSent = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, tokenSent ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(response, problems.problem(HttpStatus.UNAUTHORIZED, ProblemType.UNAUTHORIZED,
                tokenSent ? "The access token is invalid or has expired" : "A valid access token is required", List.of()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        write(response, problems.problem(HttpStatus.FORBIDDEN, ProblemType.FORBIDDEN, "You may not do this", List.of()));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        ProblemResponses.write(response, problem, json);
    }
}
