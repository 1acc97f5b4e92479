package com.excelmedical.staffing.platform.problems;

/**
 * Requests refused by the layers below the handlers, recognised by exception type without depending on
 * them: the security firewall's {@code RequestRejectedException} (a control character, an encoded slash
 * or a {@code ;} in the path) and the servlet container's failure to decode the query string.
 */
final class RefusedRequests {

    static final String DETAIL = "The request's URL or headers are malformed or not allowed";

    private static final String REJECTED = "org.springframework.security.web.firewall.RequestRejectedException";
    private static final String INVALID_PARAMETER = "org.apache.tomcat.util.http.InvalidParameterException";

    private RefusedRequests() {
    }

    static boolean isRefused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String name = cause.getClass().getName();
            if (name.equals(REJECTED) || name.equals(INVALID_PARAMETER)) {
                return true;
            }
        }
        return false;
    }
}
