package com.excelmedical.staffing.candidates.eligibility;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The compact membership migration read as eligibility would read its rows. */
class CompactReferenceDataTest {

    private static final Pattern ROW = Pattern.compile("\\('([A-Z]{2})', '(full|partial|pending|none)'");

    @Test
    void listsEveryStateOnce() throws IOException {
        Map<String, String> rows = rows();

        assertThat(rows).hasSize(51);
        assertThat(rows.keySet()).allSatisfy(code -> assertThat(StateCode.isKnown(code)).isTrue());
    }

    @Test
    void honoursAMultistateLicenseOnlyWhereTheDataSaysSo() throws IOException {
        Map<String, String> rows = rows();
        CompactMembership compact = CompactMembership.of(states(rows, "full"), states(rows, "partial"));

        assertThat(compact.issuesMultistate(StateCode.of("TX"))).isTrue();
        assertThat(compact.honoursMultistate(StateCode.of("PA"))).isTrue();
        assertThat(compact.issuesMultistate(StateCode.of("PA"))).isFalse();
        assertThat(compact.honoursMultistate(StateCode.of("CA"))).isFalse();
        assertThat(compact.honoursMultistate(StateCode.of("MA"))).as("enacted, not implemented").isFalse();
    }

    private static Set<StateCode> states(Map<String, String> rows, String implementation) {
        return rows.entrySet().stream().filter(row -> row.getValue().equals(implementation))
                .map(row -> StateCode.of(row.getKey())).collect(Collectors.toSet());
    }

    private static Map<String, String> rows() throws IOException {
        try (InputStream in = CompactReferenceDataTest.class.getResourceAsStream("/db/migration/V10__nurse_licensure_compact.sql")) {
            Matcher matcher = ROW.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Map<String, String> rows = new HashMap<>();
            while (matcher.find()) {
                assertThat(rows.put(matcher.group(1), matcher.group(2))).as("row for " + matcher.group(1)).isNull();
            }
            return rows;
        }
    }
}
