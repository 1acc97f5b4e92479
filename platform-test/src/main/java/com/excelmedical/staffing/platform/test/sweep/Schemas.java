package com.excelmedical.staffing.platform.test.sweep;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Reads the served document's schemas: resolves references and makes a plausible valid value for each. */
final class Schemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> SAMPLES = List.of("TX", "sweep", "active", "+1 555 0100", "abc123", "SWEEP-1");
    private static final Pattern ALTERNATIVES = Pattern.compile("^\\^?\\(?([A-Za-z_]+)[|)].*");

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; current != null && current.has("$ref") && i < 10; i++) {
            String ref = current.get("$ref").asString();
            current = document.at(ref.substring(1));
        }
        if (current != null && current.has("anyOf")) {
            for (JsonNode member : current.get("anyOf")) {
                if (!"null".equals(type(member))) {
                    return resolve(member);
                }
            }
        }
        return current;
    }

    /** The schema's type, the first other than {@code null} when it is a list. */
    String type(JsonNode schema) {
        JsonNode resolved = schema.has("$ref") ? resolve(schema) : schema;
        if (resolved == null) {
            return "object";
        }
        JsonNode type = resolved.get("type");
        if (type == null) {
            return resolved.has("properties") ? "object" : resolved.has("items") ? "array" : "string";
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asString())) {
                    return each.asString();
                }
            }
            return "null";
        }
        return type.asString();
    }

    JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (resolved == null) {
            return NODES.stringNode("x");
        }
        if (resolved.has("example")) {
            return resolved.get("example");
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        return switch (type(resolved)) {
            case "integer" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "number" -> NODES.numberNode(Math.max(1, resolved.path("minimum").asLong(1)));
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (resolved.path("minItems").asInt(0) > 0 && depth < 4) {
                    array.add(sample(resolved.path("items"), depth + 1));
                }
                yield array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    for (JsonNode name : resolved.path("required")) {
                        object.set(name.asString(), sample(resolved.path("properties").path(name.asString()), depth + 1));
                    }
                }
                yield object;
            }
            default -> NODES.stringNode(string(resolved));
        };
    }

    private static String string(JsonNode schema) {
        switch (schema.path("format").asString("")) {
            case "uuid":
                return UUID.randomUUID().toString();
            case "email":
                return "sweep-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            case "date":
                return "2031-03-02";
            case "date-time":
                return "2031-03-02T10:00:00Z";
            case "time":
                return "08:00:00";
            default:
                break;
        }
        String pattern = schema.path("pattern").asString(null);
        if (pattern == null) {
            return "s".repeat(Math.max(1, schema.path("minLength").asInt(1)));
        }
        var alternatives = ALTERNATIVES.matcher(pattern);
        try {
            Pattern regex = Pattern.compile(pattern);
            if (alternatives.matches() && regex.matcher(alternatives.group(1)).matches()) {
                return alternatives.group(1);
            }
            return SAMPLES.stream().filter(sample -> regex.matcher(sample).matches()).findFirst().orElse("x");
        } catch (PatternSyntaxException e) {
            return "x";
        }
    }
}
