package com.excelmedical.staffing.platform.problems;

import java.net.URI;

/** The stable {@code type} URIs of the platform's problem details; clients may switch on them. */
public final class ProblemType {

    public static final String BASE = "https://staffing.excelmedical.com/problems/";

    public static final String VALIDATION = "validation-failed";
    public static final String MALFORMED = "malformed-request";
    public static final String NOT_FOUND = "not-found";
    public static final String CONFLICT = "conflict";
    public static final String CONCURRENT_MODIFICATION = "concurrent-modification";
    public static final String UNPROCESSABLE = "unprocessable";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String METHOD_NOT_ALLOWED = "method-not-allowed";
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported-media-type";
    public static final String NOT_ACCEPTABLE = "not-acceptable";
    public static final String PAYLOAD_TOO_LARGE = "payload-too-large";
    public static final String UNAVAILABLE = "service-unavailable";
    public static final String INTERNAL = "internal-error";

    private ProblemType() {
    }

    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }
}
