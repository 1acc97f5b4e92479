package com.excelmedical.staffing.platform.test;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a published record against the contract: the CloudEvents envelope schema of the platform and
 * the JSON schema of its {@code data}, which each {@code -events} module ships as
 * {@code schemas/<type>.json} (for example {@code schemas/staffing.jobs.JobPublished.v1.json}).
 * For producers' tests.
 */
public final class EventSchemas {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EventSchemas() {
    }

    /** Every way the record breaks the contract; empty when it keeps it. */
    public static List<String> violations(String recordValue) {
        JsonNode envelope = JSON.readTree(recordValue);
        List<String> problems = new ArrayList<>(messages("envelope", schema("schemas/cloudevents-envelope.json").validate(envelope)));
        JsonNode type = envelope.get("type");
        if (type != null && type.isString() && envelope.has("data")) {
            problems.addAll(messages("data", schema("schemas/" + type.asString() + ".json").validate(envelope.get("data"))));
        }
        return problems;
    }

    public static void assertValid(String recordValue) {
        List<String> problems = violations(recordValue);
        if (!problems.isEmpty()) {
            throw new AssertionError("record breaks its event contract: " + problems + "\n" + recordValue);
        }
    }

    private static Schema schema(String resource) {
        return SCHEMAS.computeIfAbsent(resource, path -> {
            try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new AssertionError("no schema on the classpath at " + path);
                }
                return REGISTRY.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<String> messages(String part, List<Error> errors) {
        return errors.stream().map(error -> part + ": " + error.toString()).toList();
    }
}
