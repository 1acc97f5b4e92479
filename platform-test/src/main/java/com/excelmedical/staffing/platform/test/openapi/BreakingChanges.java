package com.excelmedical.staffing.platform.test.openapi;

import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes from a committed OpenAPI document to a new one that would break a client built against
 * the committed one (openapi-diff: a removed operation or response, a new required parameter or field, a
 * narrowed type, ...), as {@code "METHOD /path"} entries. A breaking change is allowed only when declared:
 * its operation named in backticks in {@code breaking-changes.md} beside the committed document
 * ({@code - `DELETE /jobs/alerts/{alertId}`: replaced by ...}), or every change with
 * {@code -Dopenapi.allowBreaking=true}.
 */
public final class BreakingChanges {

    public static final String ALLOW_PROPERTY = "openapi.allowBreaking";
    public static final String DECLARATIONS = "breaking-changes.md";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern DECLARED = Pattern.compile("`([A-Z]+ /[^`]*)`");

    private BreakingChanges() {
    }

    /** The operations whose change breaks clients of {@code committed}. */
    public static Set<String> between(String committed, String served) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(committed, served);
        Set<String> breaking = new TreeSet<>();
        diff.getMissingEndpoints().forEach(endpoint -> breaking.add(endpoint.getMethod() + " " + endpoint.getPathUrl()));
        diff.getChangedOperations().stream().filter(operation -> operation.isCoreChanged().isIncompatible())
                .forEach(operation -> breaking.add(operation.getHttpMethod() + " " + operation.getPathUrl()));
        breaking.addAll(removedResponsesAndNewRequiredParameters(committed, served));
        if (breaking.isEmpty() && diff.isCoreChanged().isIncompatible()) {
            breaking.add("(document) " + diff.isCoreChanged().getValue());
        }
        return breaking;
    }

    /**
     * Operations that no longer declare a status they declared, or require a parameter they did not
     * (checked here as well: openapi-diff takes both as compatible for OpenAPI 3.1 documents).
     */
    static Set<String> removedResponsesAndNewRequiredParameters(String committed, String served) {
        JsonNode before = JSON.readTree(committed).path("paths");
        JsonNode after = JSON.readTree(served).path("paths");
        Set<String> removed = new TreeSet<>();
        for (var path : before.properties()) {
            for (var operation : path.getValue().properties()) {
                JsonNode now = after.path(path.getKey()).path(operation.getKey());
                if (now.isMissingNode()) {
                    continue;
                }
                String name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                for (var response : operation.getValue().path("responses").properties()) {
                    if (!now.path("responses").has(response.getKey())) {
                        removed.add(name);
                    }
                }
                Set<String> required = requiredParameters(operation.getValue());
                if (!required.containsAll(requiredParameters(now))) {
                    removed.add(name);
                }
            }
        }
        return removed;
    }

    private static Set<String> requiredParameters(JsonNode operation) {
        Set<String> required = new TreeSet<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("required").asBoolean(false)) {
                required.add(parameter.path("in").asString() + ":" + parameter.path("name").asString());
            }
        });
        return required;
    }

    /** Fails when {@code served} breaks clients of {@code committed} in an operation not declared. */
    public static void check(String committed, String served, Path declarations) {
        if (Boolean.getBoolean(ALLOW_PROPERTY)) {
            return;
        }
        Set<String> declared = declared(declarations);
        List<String> undeclared = new ArrayList<>(between(committed, served));
        undeclared.removeIf(declared::contains);
        if (!undeclared.isEmpty()) {
            throw new AssertionError("Breaking API changes in " + undeclared + ". Keep the API compatible, or declare "
                    + "each operation in " + declarations + " (\"- `METHOD /path`: why\") once clients are ready.\n"
                    + report(committed, served));
        }
    }

    static Set<String> declared(Path declarations) {
        Set<String> declared = new TreeSet<>();
        if (declarations != null && Files.exists(declarations)) {
            try {
                Matcher match = DECLARED.matcher(Files.readString(declarations));
                while (match.find()) {
                    declared.add(match.group(1).trim());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return declared;
    }

    private static String report(String committed, String served) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            new ConsoleRender().render(OpenApiCompare.fromContents(committed, served), writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
