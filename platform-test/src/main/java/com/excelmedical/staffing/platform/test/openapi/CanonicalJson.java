package com.excelmedical.staffing.platform.test.openapi;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A JSON document in one stable text form: object keys sorted at every level, {@code required} lists
 * sorted, two-space indentation, a final newline. Two documents that mean the same read the same, so a
 * change to an API is a small reviewable diff.
 */
public final class CanonicalJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private CanonicalJson() {
    }

    public static String of(String json) {
        return JSON.writeValueAsString(sorted(JSON.readValue(json, Object.class), null)) + "\n";
    }

    private static Object sorted(Object value, String key) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((name, member) -> sorted.put(String.valueOf(name), sorted(member, String.valueOf(name))));
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(sorted(item, null)));
            if ("required".equals(key) && items.stream().allMatch(String.class::isInstance)) {
                items.sort((a, b) -> ((String) a).compareTo((String) b));
            }
            return items;
        }
        return value;
    }
}
