package com.excelmedical.staffing.platform.test.sweep;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The bad requests for one operation of a served OpenAPI document: non-UUID path ids, malformed query
 * values (wrong types, control characters, invalid UTF-8, extreme numbers, huge pages, over-long text,
 * control characters in a parameter's name), and for a body malformed JSON, a wrong media type, invalid
 * UTF-8, and each field of a plausible valid body made wrong in turn (missing, null, wrong type,
 * over-long, control characters, extreme and non-finite numbers). Kinds are interleaved so a cap keeps
 * some of each. An operation that changes something and takes no input gets none.
 */
final class BadInputs {

    static final String RAW = "__sweep_raw__";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> PATH_IDS = List.of("abc", "1", "%00", "..%2F..%2Factuator", "%ED%A0%80",
            "00000000-0000-0000-0000-00000000000g", "a".repeat(300));
    /** Most telling first: a cap on requests keeps the head of the list. */
    private static final List<String> QUERY_VALUES = List.of("2147483647", "%ED%A0%80", "%00", "1e1000000000", "abc",
            "%7F", "1e400", "-1", "99999999999999999999999", "a%0Ab", "%FF%FE", "-1e400", "NaN", "2147483648",
            "Infinity", "xtravel", "%25", "%E2%80%AE");
    private static final List<String> NUMBERS = List.of("1e400", "-1e400", "1e1000000000", "1e-400",
            "123456789012345678901234567890.123456789", "2147483648", "NaN");
    private static final List<String> MALFORMED = List.of("{", "{\"a\":", "[]", "null", "\"text\"", "", "abc", "{\"a\":1}}");

    private final Schemas schemas;

    BadInputs(Schemas schemas) {
        this.schemas = schemas;
    }

    List<SweepRequest> of(String method, String pathTemplate, JsonNode operation, JsonNode validBody, int cap) {
        Map<String, List<SweepRequest>> kinds = new LinkedHashMap<>();
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        String path = fill(pathTemplate, parameters, null, null);
        JsonNode bodySchema = operation.path("requestBody").path("content").path("application/json").path("schema");
        boolean hasInput = !parameters.isEmpty() || !bodySchema.isMissingNode();
        boolean safe = "GET".equals(method) || "HEAD".equals(method);
        String baseQuery = requiredQuery(parameters);
        byte[] base = validBody == null ? (bodySchema.isMissingNode() ? null : bytes(schemas.sample(bodySchema, 0)))
                : bytes(validBody);
        String contentType = base == null ? null : "application/json";

        if (!hasInput && !safe) {
            // nothing to get wrong, and a request that passed would do what the operation does
            return List.of();
        }
        add(kinds, "name", new SweepRequest(method, "query name with DEL", path, join(baseQuery, "%7F=1"), contentType, base));
        add(kinds, "name", new SweepRequest(method, "query name with NUL", path, join(baseQuery, "a%00b=1"), contentType, base));
        add(kinds, "name", new SweepRequest(method, "query name with invalid UTF-8", path, join(baseQuery, "%ED%A0%80=1"), contentType, base));
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asString();
            String in = parameter.path("in").asString();
            if ("path".equals(in)) {
                for (String id : PATH_IDS) {
                    add(kinds, "path", new SweepRequest(method, "path " + name + "=" + id, fill(pathTemplate, parameters, name, id),
                            baseQuery, contentType, base));
                }
            } else if ("query".equals(in)) {
                List<String> values = new ArrayList<>(QUERY_VALUES);
                int max = schemas.resolve(parameter.path("schema")).path("maxLength").asInt(1000);
                values.add("a".repeat(max + 1));
                for (String value : values) {
                    add(kinds, "query:" + name, new SweepRequest(method, "query " + name + "=" + abbreviate(value), path,
                            join(without(baseQuery, name), name + "=" + value), contentType, base));
                }
            }
        }
        if (base != null) {
            for (String text : MALFORMED) {
                add(kinds, "malformed", new SweepRequest(method, "body " + (text.isEmpty() ? "(empty)" : text), path, baseQuery,
                        contentType, text.getBytes(StandardCharsets.UTF_8)));
            }
            add(kinds, "malformed", new SweepRequest(method, "body as text/plain", path, baseQuery, "text/plain", base));
            add(kinds, "malformed", new SweepRequest(method, "body with invalid UTF-8", path, baseQuery, contentType,
                    concat("{\"x\":\"", new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xFF}, "\"}")));
            fields(kinds, method, path, baseQuery, bodySchema, validBody == null ? schemas.sample(bodySchema, 0) : validBody);
        }
        List<SweepRequest> interleaved = new ArrayList<>();
        for (int round = 0; interleaved.size() < cap; round++) {
            boolean any = false;
            for (List<SweepRequest> kind : kinds.values()) {
                if (round < kind.size() && interleaved.size() < cap) {
                    interleaved.add(kind.get(round));
                    any = true;
                }
            }
            if (!any) {
                break;
            }
        }
        return interleaved;
    }

    private void fields(Map<String, List<SweepRequest>> kinds, String method, String path, String query, JsonNode bodySchema, JsonNode valid) {
        JsonNode schema = schemas.resolve(bodySchema);
        if (schema == null || !(valid instanceof ObjectNode object)) {
            return;
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asString()));
        for (var property : schema.path("properties").properties()) {
            String name = property.getKey();
            JsonNode field = schemas.resolve(property.getValue());
            String type = schemas.type(property.getValue());
            String key = "field:" + name;
            if (required.contains(name)) {
                ObjectNode missing = object.deepCopy();
                missing.remove(name);
                add(kinds, key, body(method, "body without " + name, path, query, bytes(missing)));
                add(kinds, key, body(method, "body." + name + "=null", path, query, with(object, name, "null")));
            }
            add(kinds, key, body(method, "body." + name + " of the wrong type", path, query,
                    with(object, name, switch (type) {
                        case "string" -> "{\"a\":1}";
                        case "array" -> "{}";
                        case "object" -> "\"x\"";
                        case "boolean" -> "\"maybe\"";
                        default -> "\"abc\"";
                    })));
            if ("string".equals(type)) {
                int max = field == null ? 10_000 : field.path("maxLength").asInt(10_000);
                add(kinds, key, body(method, "body." + name + " of " + (max + 1) + " characters", path, query,
                        with(object, name, quote("a".repeat(max + 1)))));
                add(kinds, key, body(method, "body." + name + " with NUL", path, query, with(object, name, "\"a\\u0000b\"")));
                add(kinds, key, body(method, "body." + name + " with DEL", path, query, with(object, name, "\"a\\u007Fb\"")));
            } else if ("number".equals(type) || "integer".equals(type)) {
                for (String number : NUMBERS) {
                    add(kinds, key, body(method, "body." + name + "=" + number, path, query, with(object, name, number)));
                }
            } else if ("array".equals(type)) {
                add(kinds, key, body(method, "body." + name + " with 10000 items", path, query,
                        with(object, name, "[" + String.join(",", java.util.Collections.nCopies(10_000, "\"a\"")) + "]")));
            }
        }
    }

    private static SweepRequest body(String method, String input, String path, String query, byte[] body) {
        return new SweepRequest(method, input, path, query, "application/json", body);
    }

    private static byte[] with(ObjectNode object, String name, String rawJson) {
        ObjectNode copy = object.deepCopy();
        copy.put(name, RAW);
        return JSON.writeValueAsString(copy).replace("\"" + RAW + "\"", rawJson).getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String text) {
        return JSON.writeValueAsString(text);
    }

    private static byte[] bytes(JsonNode node) {
        return JSON.writeValueAsString(node).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private String fill(String template, List<JsonNode> parameters, String badName, String badValue) {
        String path = template;
        for (JsonNode parameter : parameters) {
            if ("path".equals(parameter.path("in").asString())) {
                String name = parameter.path("name").asString();
                path = path.replace("{" + name + "}", name.equals(badName) ? badValue : UUID.randomUUID().toString());
            }
        }
        return path;
    }

    private String requiredQuery(List<JsonNode> parameters) {
        List<String> pairs = new ArrayList<>();
        for (JsonNode parameter : parameters) {
            if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean(false)) {
                pairs.add(parameter.path("name").asString() + "=" + schemas.sample(parameter.path("schema"), 0).asString());
            }
        }
        return String.join("&", pairs);
    }

    private static String without(String query, String name) {
        List<String> kept = new ArrayList<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(name + "=")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static String join(String query, String pair) {
        return query.isEmpty() ? pair : query + "&" + pair;
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 12) + "...(" + value.length() + " characters)" : value;
    }

    private static void add(Map<String, List<SweepRequest>> kinds, String kind, SweepRequest request) {
        kinds.computeIfAbsent(kind, k -> new ArrayList<>()).add(request);
    }
}
