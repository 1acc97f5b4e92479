package com.excelmedical.staffing.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;

/**
 * Where a request came from, for sessions and the audit log. The address is the one Tomcat resolved
 * (behind the gateway, from {@code X-Forwarded-For} sent by a trusted proxy).
 */
public record ClientInfo(String ipAddress, String userAgent) {

    public static final ClientInfo NONE = new ClientInfo(null, null);

    public static ClientInfo of(HttpServletRequest request) {
        return new ClientInfo(truncate(request.getRemoteAddr(), 45), truncate(request.getHeader(HttpHeaders.USER_AGENT), 512));
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
