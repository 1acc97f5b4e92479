package com.excelmedical.staffing.identity.login;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** {@link FailureCounters} in a map, for tests of the rules without a database. */
class InMemoryFailureCounters implements FailureCounters {

    private record Key(String subject, String source) {
    }

    private record Row(FailureCount count, Instant expiresAt) {
    }

    private final Map<Key, Row> rows = new ConcurrentHashMap<>();

    @Override
    public List<FailureCount> find(String subject, List<String> sources) {
        return sources.stream().map(source -> rows.get(new Key(subject, source))).filter(Objects::nonNull)
                .map(Row::count).toList();
    }

    @Override
    public FailureCount lock(String subject, String source, Instant now) {
        return rows.computeIfAbsent(new Key(subject, source), key -> new Row(FailureCount.none(now), now)).count();
    }

    @Override
    public void save(String subject, String source, FailureCount count, Instant expiresAt) {
        rows.put(new Key(subject, source), new Row(count, expiresAt));
    }

    @Override
    public void clear(String subject, String source) {
        rows.remove(new Key(subject, source));
    }

    @Override
    public void clearAll(String subject) {
        rows.keySet().removeIf(key -> key.subject().equals(subject));
    }

    @Override
    public void purgeExpired(Instant now) {
        rows.values().removeIf(row -> row.expiresAt().isBefore(now));
    }

    int size() {
        return rows.size();
    }
}
