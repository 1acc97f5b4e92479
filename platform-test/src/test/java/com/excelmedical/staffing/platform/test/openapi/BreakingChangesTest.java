package com.excelmedical.staffing.platform.test.openapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BreakingChangesTest {

    private static final String NO_PARAMETERS = "";
    private static final String OPTIONAL_Q = "{\"name\": \"q\", \"in\": \"query\", \"required\": false, \"schema\": {\"type\": \"string\"}}";
    private static final String REQUIRED_Q = "{\"name\": \"q\", \"in\": \"query\", \"required\": true, \"schema\": {\"type\": \"string\"}}";
    private static final String COMMITTED = notes(NO_PARAMETERS, true, true);

    @Test
    void anUnchangedOrWidenedDocumentIsCompatible() {
        assertThat(BreakingChanges.between(COMMITTED, COMMITTED)).isEmpty();
        assertThat(BreakingChanges.between(COMMITTED, notes(OPTIONAL_Q, true, true))).isEmpty();
    }

    @Test
    void removedOperationsResponsesAndNewRequiredParametersBreakClients() {
        assertThat(BreakingChanges.between(COMMITTED, notes(NO_PARAMETERS, true, false))).containsExactly("DELETE /notes/{id}");
        assertThat(BreakingChanges.between(COMMITTED, notes(NO_PARAMETERS, false, true))).containsExactly("GET /notes");
        assertThat(BreakingChanges.between(COMMITTED, notes(REQUIRED_Q, true, true))).containsExactly("GET /notes");
    }

    @Test
    void aBreakingChangeFailsUnlessItsOperationIsDeclared(@TempDir Path dir) throws Exception {
        String removedResponse = notes(NO_PARAMETERS, false, true);
        Path declarations = dir.resolve(BreakingChanges.DECLARATIONS);
        assertThatThrownBy(() -> BreakingChanges.check(COMMITTED, removedResponse, declarations))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /notes");

        Files.writeString(declarations, "# Declared breaking changes\n- `DELETE /notes/{id}`: unrelated\n");
        assertThatThrownBy(() -> BreakingChanges.check(COMMITTED, removedResponse, declarations))
                .isInstanceOf(AssertionError.class);

        Files.writeString(declarations, "# Declared breaking changes\n- `GET /notes`: 404 is no longer answered\n");
        assertThatNoException().isThrownBy(() -> BreakingChanges.check(COMMITTED, removedResponse, declarations));
    }

    private static String notes(String parameters, boolean with404, boolean withDelete) {
        String list = """
                "/notes": {"get": {"operationId": "list", "parameters": [%s], "responses": {
                  "200": {"description": "OK", "content": {"application/json": {"schema": {"type": "string"}}}}%s}}}"""
                .formatted(parameters, with404 ? ", \"404\": {\"description\": \"none\"}" : "");
        String delete = """
                , "/notes/{id}": {"delete": {"operationId": "remove", "parameters": [
                  {"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}],
                  "responses": {"204": {"description": "gone"}}}}""";
        return """
                {"openapi": "3.1.0", "info": {"title": "notes", "version": "v1"}, "paths": {%s%s}}"""
                .formatted(list, withDelete ? delete : "");
    }
}
