package com.excelmedical.staffing.platform.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Completes each operation from what the platform knows about it: the security requirement and roles,
 * 401/403 for protected operations, 400 for input, 404 for a path id, 415 for a body, the {@code Problem}
 * body on every error response (also on those a controller declares with {@code @ApiResponse}), and an
 * operation id that does not depend on the order controllers are scanned in.
 */
class OperationContract implements GlobalOperationCustomizer {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/" + DocumentContract.PROBLEM;

    private final PublicOperations publicOperations;

    OperationContract(PublicOperations publicOperations) {
        this.publicOperations = publicOperations;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Class<?> controller = ClassUtils.getUserClass(handler.getBeanType());
        operation.setOperationId(operationId(controller, handler));
        PageParameters.add(operation, handler);
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (!parameters.isEmpty() || operation.getRequestBody() != null) {
            add(responses, HttpStatus.BAD_REQUEST, "The request is malformed or has invalid fields (listed in errors)");
        }
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            add(responses, HttpStatus.NOT_FOUND, "Nothing exists under this id");
        }
        if (operation.getRequestBody() != null) {
            add(responses, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not JSON");
        }
        if (!isPublic(controller, handler)) {
            List<String> roles = RequiredRoles.of(handler.getMethod(), controller);
            operation.setSecurity(List.of(new SecurityRequirement().addList(DocumentContract.BEARER, roles)));
            add(responses, HttpStatus.UNAUTHORIZED, "No valid access token");
            if (!roles.isEmpty()) {
                add(responses, HttpStatus.FORBIDDEN, "The token's user has none of the roles " + String.join(", ", roles));
            }
        }
        responses.forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
        operation.setResponses(sorted(responses));
        return operation;
    }

    private boolean isPublic(Class<?> controller, HandlerMethod handler) {
        RequestMapping onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping onClass = AnnotatedElementUtils.findMergedAnnotation(controller, RequestMapping.class);
        String prefix = onClass == null || onClass.path().length == 0 ? "" : onClass.path()[0];
        String path = prefix + (onMethod == null || onMethod.path().length == 0 ? "" : onMethod.path()[0]);
        if (onMethod == null || onMethod.method().length == 0) {
            return false;
        }
        String method = onMethod.method()[0].name();
        return publicOperations.isPublic(method, path.isEmpty() ? "/" : path);
    }

    private static String operationId(Class<?> controller, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation declared = handler.getMethodAnnotation(io.swagger.v3.oas.annotations.Operation.class);
        if (declared != null && StringUtils.hasText(declared.operationId())) {
            return declared.operationId();
        }
        String name = controller.getSimpleName().replaceFirst("Controller$", "");
        return StringUtils.uncapitalize(name) + StringUtils.capitalize(handler.getMethod().getName());
    }

    private static void add(ApiResponses responses, HttpStatus status, String description) {
        String code = String.valueOf(status.value());
        if (!responses.containsKey(code)) {
            responses.addApiResponse(code, new ApiResponse().description(description));
        }
    }

    private static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses sorted = new ApiResponses();
        new TreeMap<String, ApiResponse>(Map.copyOf(responses)).forEach(sorted::addApiResponse);
        sorted.setExtensions(responses.getExtensions());
        return sorted;
    }
}
