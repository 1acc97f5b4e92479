package com.excelmedical.staffing.platform.test.sweep;

/**
 * One bad request of the sweep.
 *
 * @param method      the operation's HTTP method
 * @param input       what is wrong with it, for the report (for example {@code body.weeklyPay=1e400})
 * @param path        the path with its variables filled in, percent-encoded
 * @param query       the raw, percent-encoded query string, or empty
 * @param contentType the body's media type, or null without a body
 * @param body        the body's bytes (possibly not UTF-8 on purpose), or null
 */
record SweepRequest(String method, String input, String path, String query, String contentType, byte[] body) {
}
