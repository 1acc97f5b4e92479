package com.excelmedical.staffing.gateway.web;

/**
 * Paths that could mean another resource once a service decodes or normalizes them: a {@code .} or
 * {@code ..} segment, written plainly or encoded ({@code %2e%2e}), also with path parameters
 * ({@code ..;x}), and an encoded slash or a backslash ({@code %2F}, {@code %5C}, {@code \}) that would
 * turn into a segment boundary. One pass over the raw path, no regular expression.
 */
final class UnsafePaths {

    private UnsafePaths() {
    }

    static boolean isUnsafe(String rawPath) {
        int dots = 0;
        boolean other = false;
        boolean inParameters = false;
        for (int i = 0, n = rawPath.length(); i <= n; i++) {
            char c = i < n ? rawPath.charAt(i) : '/';
            if (c == '/') {
                if (!other && (dots == 1 || dots == 2)) {
                    return true;
                }
                dots = 0;
                other = false;
                inParameters = false;
            } else if (c == '\\') {
                return true;
            } else if (c == '%' && i + 2 < n) {
                char high = rawPath.charAt(i + 1);
                char low = Character.toLowerCase(rawPath.charAt(i + 2));
                if ((high == '2' && low == 'f') || (high == '5' && low == 'c')) {
                    return true;
                }
                if (!inParameters) {
                    if (high == '2' && low == 'e') {
                        dots++;
                    } else {
                        other = true;
                    }
                }
                i += 2;
            } else if (c == ';') {
                inParameters = true;
            } else if (!inParameters) {
                if (c == '.') {
                    dots++;
                } else {
                    other = true;
                }
            }
        }
        return false;
    }
}
