package com.excelmedical.staffing.platform.inbox;

/**
 * A record that can never be processed however often it is retried (not JSON, not a CloudEvent, data
 * that does not fit the event record). It goes to the dead-letter topic at once.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
