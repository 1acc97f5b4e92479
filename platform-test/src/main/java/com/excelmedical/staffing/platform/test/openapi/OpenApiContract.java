package com.excelmedical.staffing.platform.test.openapi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The OpenAPI document a service serves is its contract: it must equal the committed
 * {@code docs/openapi/<name>.json} (canonical form), so every API change is a reviewed diff, and it must not
 * break clients of the committed one unless declared ({@link BreakingChanges}). A service's test fetches
 * {@code /v3/api-docs} and calls {@link #verify(String, String)}.
 * <p>
 * After an intended change, regenerate the committed file with {@code -Dopenapi.update=true} on the test
 * run (the breaking-change check still applies), then review and commit the diff.
 */
public final class OpenApiContract {

    public static final String UPDATE_PROPERTY = "openapi.update";
    public static final String DIRECTORY = "docs/openapi";

    private OpenApiContract() {
    }

    /** Checks the served document against {@code docs/openapi/<name>.json} of the repository holding this build. */
    public static void verify(String served, String name) {
        verify(served, committedDocument(name), name);
    }

    public static void verify(String served, Path committed, String name) {
        verify(served, committed, name, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    static void verify(String served, Path committed, String name, boolean update) {
        String canonical = CanonicalJson.of(served);
        String existing = read(committed);
        if (existing != null) {
            BreakingChanges.check(existing, canonical, committed.resolveSibling(BreakingChanges.DECLARATIONS));
        }
        if (update) {
            write(committed, canonical);
            return;
        }
        if (existing == null) {
            throw new AssertionError("No committed OpenAPI document at " + committed + "; create it with -D"
                    + UPDATE_PROPERTY + "=true and commit it");
        }
        if (!existing.equals(canonical)) {
            throw new AssertionError("The served OpenAPI document of " + name + " differs from " + committed
                    + " (first difference: " + firstDifference(existing, canonical) + "). If the change is intended, "
                    + "regenerate the file with -D" + UPDATE_PROPERTY + "=true and commit the diff.");
        }
    }

    /** {@code docs/openapi/<name>.json} in the nearest directory, from the working directory up, that has {@code docs/openapi}. */
    public static Path committedDocument(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve(DIRECTORY))) {
                return dir.resolve(DIRECTORY).resolve(name + ".json");
            }
        }
        throw new AssertionError("No " + DIRECTORY + " directory above " + Path.of("").toAbsolutePath());
    }

    static String firstDifference(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "(end)";
            String right = i < b.size() ? b.get(i) : "(end)";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed " + left.strip() + " | served " + right.strip();
            }
        }
        return "none";
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
