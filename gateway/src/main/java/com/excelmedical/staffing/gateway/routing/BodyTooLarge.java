package com.excelmedical.staffing.gateway.routing;

/**
 * A streamed request body passed the area's size limit. The client's fault, not the service's: the
 * area's breaker ignores it ({@code Breakers}), and {@link RequestSizeLimit} answers 413.
 */
public final class BodyTooLarge extends RuntimeException {

    BodyTooLarge(long limit) {
        super("The request body is larger than " + limit + " bytes", null, false, false);
    }

    /** Whether the error is, or was caused by, a body over the limit. */
    public static boolean isCauseOf(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BodyTooLarge) {
                return true;
            }
        }
        return false;
    }
}
