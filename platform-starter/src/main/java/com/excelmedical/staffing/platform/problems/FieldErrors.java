package com.excelmedical.staffing.platform.problems;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Turns the framework's validation and binding failures into {@link FieldProblem}s naming the field. */
final class FieldErrors {

    private FieldErrors() {
    }

    static List<FieldProblem> of(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError error : result.getFieldErrors()) {
            errors.add(new FieldProblem(error.getField(), message(error)));
        }
        result.getGlobalErrors().forEach(error -> errors.add(new FieldProblem(error.getObjectName(), message(error))));
        return sorted(errors);
    }

    static List<FieldProblem> of(HandlerMethodValidationException e) {
        List<FieldProblem> errors = new ArrayList<>();
        e.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors().forEach(error -> errors.add(new FieldProblem(
                    error instanceof FieldError field ? field.getField() : name, message(error))));
        });
        return sorted(errors);
    }

    static List<FieldProblem> of(ConstraintViolationException e) {
        return sorted(e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(lastNode(violation.getPropertyPath()), violation.getMessage()))
                .toList());
    }

    /**
     * The field whose value could not be read (wrong type, unknown enum value, a number beyond its type's
     * range), if Jackson says which.
     */
    static List<FieldProblem> ofUnreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (!(cause instanceof JacksonException jackson) || jackson.getPath().isEmpty()) {
            return List.of();
        }
        String field = path(jackson.getPath());
        if (cause instanceof InputCoercionException) {
            return List.of(new FieldProblem(field, "is out of range"));
        }
        String message = cause instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                ? expected(mismatch.getTargetType())
                : "has a value that cannot be read";
        if (cause instanceof InvalidFormatException format) {
            // text refused by PlainTextStrings: its own message, never the value
            message = format.getTargetType() == String.class ? format.getOriginalMessage()
                    : expected(format.getTargetType());
        }
        return List.of(new FieldProblem(field, message));
    }

    static String expected(Class<?> type) {
        if (type == null) {
            return "has the wrong type";
        }
        if (type.isEnum()) {
            return "must be one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).toList();
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type.getPackageName().startsWith("java.time")) {
            return "must be an ISO-8601 " + type.getSimpleName();
        }
        return "must be a " + type.getSimpleName();
    }

    private static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name == null ? path.toString() : name;
    }

    private static String message(MessageSourceResolvable error) {
        return error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static List<FieldProblem> sorted(List<FieldProblem> errors) {
        return errors.stream().sorted(Comparator.comparing(FieldProblem::field)).toList();
    }
}
