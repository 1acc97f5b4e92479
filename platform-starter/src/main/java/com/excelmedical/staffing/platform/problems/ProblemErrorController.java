package com.excelmedical.staffing.platform.problems;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The servlet container's error page ({@code /error}): what fails outside Spring MVC's handlers (a filter
 * that throws, a {@code sendError} from the container or the firewall) is answered as problem details
 * too, in place of Spring Boot's own JSON or HTML.
 */
@RestController
@RequestMapping("${server.error.path:${error.path:/error}}")
public class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems problems;

    public ProblemErrorController(Problems problems) {
        this.problems = problems;
    }

    @RequestMapping
    ResponseEntity<Object> error(HttpServletRequest request) {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatusCode status = RefusedRequests.isRefused(failure) ? HttpStatus.BAD_REQUEST : status(request, failure);
        if (status.is5xxServerError()) {
            log.error("Unexpected error outside the request handlers", failure);
            return problems.respond(status, ProblemType.INTERNAL,
                    "Something went wrong on our side; the trace id identifies it", List.of());
        }
        String detail = RefusedRequests.isRefused(failure) ? RefusedRequests.DETAIL : HttpStatus.resolve(status.value()) == null
                ? "The request was refused" : HttpStatus.valueOf(status.value()).getReasonPhrase();
        return problems.respond(status, Problems.typeOf(status), detail, List.of());
    }

    private static HttpStatusCode status(HttpServletRequest request, Throwable failure) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer status) || status < 400) {
            return failure == null ? HttpStatus.NOT_FOUND : HttpStatus.INTERNAL_SERVER_ERROR; // asked for directly
        }
        return HttpStatusCode.valueOf(status);
    }
}
