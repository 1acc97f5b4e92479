package com.excelmedical.staffing.platform.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says which fields may be {@code null}: a primitive is always present (required); a field with
 * {@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty} or {@code @Schema(requiredMode = REQUIRED)} is
 * never null; every other field may be absent or {@code null}, as JSON sends and Jackson writes it, and
 * is declared nullable ({@code type: [string, "null"]} in OpenAPI 3.1).
 */
class Nullability implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || !type.isSchemaProperty() || type.getType() == null || type.getPropertyName() == null
                || type.getParent() == null) {
            return property;
        }
        Class<?> javaType = Json.mapper().constructType(type.getType()).getRawClass();
        if (javaType.isPrimitive()) {
            Schema parent = type.getParent();
            if (parent != null && type.getPropertyName() != null
                    && (parent.getRequired() == null || !parent.getRequired().contains(type.getPropertyName()))) {
                parent.addRequiredItem(type.getPropertyName());
            }
            return property;
        }
        if (neverNull(type.getCtxAnnotations())) {
            return property;
        }
        return nullable(property);
    }

    private static boolean neverNull(Annotation[] annotations) {
        if (annotations == null) {
            return false;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof NotNull || annotation instanceof NotBlank || annotation instanceof NotEmpty) {
                return true;
            }
            if (annotation instanceof io.swagger.v3.oas.annotations.media.Schema schema
                    && schema.requiredMode() == io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED) {
                return true;
            }
        }
        return false;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    static Schema nullable(Schema property) {
        if (property.getSpecVersion() != SpecVersion.V31) {
            property.setNullable(true);
            return property;
        }
        if (property.get$ref() != null) {
            Schema wrapper = new Schema<>().specVersion(SpecVersion.V31);
            wrapper.setAnyOf(List.of(new Schema<>().$ref(property.get$ref()).specVersion(SpecVersion.V31),
                    new Schema<>().types(Set.of("null")).specVersion(SpecVersion.V31)));
            return wrapper;
        }
        Set<String> types = new LinkedHashSet<>();
        if (property.getTypes() != null) {
            types.addAll(property.getTypes());
        } else if (property.getType() != null) {
            types.add(property.getType());
        }
        if (!types.isEmpty()) {
            types.add("null");
            property.setTypes(types);
        }
        return property;
    }
}
