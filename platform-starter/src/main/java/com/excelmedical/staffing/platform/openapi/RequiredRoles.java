package com.excelmedical.staffing.platform.openapi;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The roles an operation's {@code @PreAuthorize} names ({@code hasRole('admin')},
 * {@code hasAnyRole('recruiter', 'admin')}), on the method or else its controller; none when any
 * authenticated user may call it.
 */
final class RequiredRoles {

    private static final Pattern ROLE_CHECK = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    private RequiredRoles() {
    }

    static List<String> of(Method method, Class<?> controller) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(controller, PreAuthorize.class);
        }
        return rule == null ? List.of() : parse(rule.value());
    }

    static List<String> parse(String expression) {
        List<String> roles = new ArrayList<>();
        Matcher check = ROLE_CHECK.matcher(expression);
        while (check.find()) {
            Matcher name = QUOTED.matcher(check.group(1));
            while (name.find()) {
                if (!roles.contains(name.group(1))) {
                    roles.add(name.group(1));
                }
            }
        }
        return List.copyOf(roles);
    }
}
