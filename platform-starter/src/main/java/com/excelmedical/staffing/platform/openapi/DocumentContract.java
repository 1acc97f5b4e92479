package com.excelmedical.staffing.platform.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the whole document shares: the {@code Problem} schema every error response refers to, the bearer
 * token scheme, and patterns anchored as Bean Validation applies them (to the whole value:
 * {@code travel|perm} becomes {@code ^(travel|perm)$}); the items of a list are never null.
 */
class DocumentContract implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_PROBLEM = "FieldProblem";
    static final String BEARER = "bearerAuth";

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        components.addSchemas(PROBLEM, problem());
        components.addSchemas(FIELD_PROBLEM, fieldProblem());
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT").description("An access token from POST /identity/token; the roles an operation "
                        + "needs are listed in its security requirement"));
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> anchor(schema, seen));
        }
        if (openApi.getPaths() != null) {
            openApi.getPaths().values().stream().map(PathItem::readOperations).flatMap(Collection::stream).forEach(operation -> {
                if (operation.getParameters() != null) {
                    operation.getParameters().forEach(parameter -> anchor(parameter.getSchema(), seen));
                }
                if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                    operation.getRequestBody().getContent().values().stream().map(MediaType::getSchema)
                            .forEach(schema -> anchor(schema, seen));
                }
            });
        }
    }

    static String anchored(String pattern) {
        if (pattern.startsWith("^") && pattern.endsWith("$")) {
            return pattern;
        }
        return "^(" + pattern + ")$";
    }

    @SuppressWarnings("unchecked")
    private static void anchor(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getPattern() != null) {
            schema.setPattern(anchored(schema.getPattern()));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> anchor(property, seen));
        }
        if (schema.getItems() != null && schema.getItems().getTypes() != null && schema.getItems().getTypes().size() > 1) {
            // the platform's lists never hold null
            schema.getItems().getTypes().remove("null");
        }
        anchor(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            anchor(additional, seen);
        }
        for (List<Schema> group : List.of(nullToEmpty(schema.getAllOf()), nullToEmpty(schema.getAnyOf()),
                nullToEmpty(schema.getOneOf()))) {
            group.forEach(member -> anchor(member, seen));
        }
    }

    @SuppressWarnings("rawtypes")
    private static List<Schema> nullToEmpty(List<Schema> schemas) {
        return schemas == null ? List.of() : schemas;
    }

    private static Schema<?> problem() {
        return new ObjectSchema()
                .description("RFC 9457 problem details, the body of every error answer")
                .addProperty("type", new StringSchema().format("uri")
                        .example("https://staffing.excelmedical.com/problems/validation-failed"))
                .addProperty("title", new StringSchema().example("Bad Request"))
                .addProperty("status", new IntegerSchema().format("int32").example(400))
                .addProperty("detail", new StringSchema().example("The request has invalid fields"))
                .addProperty("instance", Nullability.nullable(new StringSchema().format("uri-reference")
                        .specVersion(io.swagger.v3.oas.models.SpecVersion.V31)))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_PROBLEM))
                        .description("the invalid fields, on validation errors"))
                .addProperty("traceId", new StringSchema().description("identifies the request in logs and traces"))
                .required(List.of("type", "title", "status", "detail"));
    }

    private static Schema<?> fieldProblem() {
        return new ObjectSchema()
                .addProperty("field", new StringSchema().example("email"))
                .addProperty("message", new StringSchema().example("must be a well-formed email address"))
                .required(List.of("field", "message"));
    }
}
