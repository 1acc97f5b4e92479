package com.excelmedical.staffing.platform.security;

import com.excelmedical.staffing.platform.problems.ProblemResponses;
import com.excelmedical.staffing.platform.problems.ProblemType;
import com.excelmedical.staffing.platform.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * The security firewall's refusals (a {@code ;}, an encoded slash or dot segment, a control character in a
 * parameter name, ...) answered as a 400 problem, not a 500 from the container.
 */
class ProblemRequestRejectedHandler implements RequestRejectedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemRequestRejectedHandler.class);

    private final Problems problems;
    private final JsonMapper json;

    ProblemRequestRejectedHandler(Problems problems, JsonMapper json) {
        this.problems = problems;
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e) throws IOException {
        log.debug("Request refused by the firewall: {}", e.getMessage());
        ProblemResponses.write(response, problems.problem(HttpStatus.BAD_REQUEST, ProblemType.MALFORMED,
                "The request's URL or headers are malformed or not allowed", List.of()), json);
    }
}
