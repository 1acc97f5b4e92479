package com.excelmedical.staffing.platform.test.openapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OpenApiContractTest {

    private static final String SERVED = """
            {"paths": {"/b": {}, "/a": {"get": {"responses": {}}}}, "openapi": "3.1.0",
             "info": {"version": "v1", "title": "t"}, "components": {"schemas": {"X": {"required": ["z", "a"]}}}}""";

    @Test
    void canonicalFormSortsKeysAndRequiredListsWhateverTheServedOrder() {
        String canonical = CanonicalJson.of(SERVED);
        assertThat(canonical.indexOf("\"components\"")).isLessThan(canonical.indexOf("\"info\""));
        assertThat(canonical.indexOf("\"/a\"")).isLessThan(canonical.indexOf("\"/b\""));
        assertThat(canonical).containsSubsequence("\"a\"", "\"z\"").endsWith("}\n");
        assertThat(CanonicalJson.of(canonical)).isEqualTo(canonical);
    }

    @Test
    void aServedDocumentThatDiffersFromTheCommittedOneFails(@TempDir Path dir) throws Exception {
        Path committed = dir.resolve("notes.json");
        Files.writeString(committed, CanonicalJson.of(SERVED));
        assertThatNoException().isThrownBy(() -> OpenApiContract.verify(SERVED, committed, "notes", false));

        String changed = SERVED.replace("\"title\": \"t\"", "\"title\": \"u\"");
        assertThatThrownBy(() -> OpenApiContract.verify(changed, committed, "notes", false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("-Dopenapi.update=true");
        assertThatThrownBy(() -> OpenApiContract.verify(SERVED, dir.resolve("missing.json"), "missing", false))
                .isInstanceOf(AssertionError.class).hasMessageContaining("No committed OpenAPI document");

        OpenApiContract.verify(changed, committed, "notes", true);
        assertThat(Files.readString(committed)).isEqualTo(CanonicalJson.of(changed));
    }
}
