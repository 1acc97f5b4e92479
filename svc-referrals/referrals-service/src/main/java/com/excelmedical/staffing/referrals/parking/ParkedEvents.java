package com.excelmedical.staffing.referrals.parking;

import com.excelmedical.staffing.events.DomainEvent;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Events that arrived before what they refer to. The caller parks an event under the key of what it waits
 * for, inside the inbox transaction that marks it consumed, and releases the key (in parking order) in the
 * transaction that makes that thing known. Nothing is dropped and nothing is dead-lettered for being early.
 * Gauge: {@code referrals_parked_events}.
 */
@Repository
public class ParkedEvents {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<String, Class<? extends DomainEvent>> types;

    ParkedEvents(JdbcClient jdbc, JsonMapper json, Clock clock, MeterRegistry registry, ParkableEvents parkable) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.types = parkable.byType();
        Gauge.builder("referrals.parked.events", this, ParkedEvents::count)
                .description("Events waiting for the registration or the job they refer to")
                .register(registry);
    }

    /**
     * Serializes, until the transaction ends, the check "is it known yet?" + {@link #park} against "it is
     * known now" + {@link #release} for one key, so that an event is never parked just after its key was released.
     */
    public void guard(WaitingFor key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext(:key))").param("key", key.value()).query((rs, n) -> 1).list();
    }

    public void park(WaitingFor key, DomainEvent event) {
        String type = ParkableEvents.typeOf(event.getClass());
        if (!types.containsKey(type)) {
            throw new IllegalArgumentException(type + " is not declared parkable");
        }
        jdbc.sql("""
                        INSERT INTO parked_events (waits_for, event_id, event_type, data, parked_at)
                        VALUES (:key, :id, :type, CAST(:data AS jsonb), :now)""")
                .param("key", key.value()).param("id", event.eventId()).param("type", type)
                .param("data", json.writeValueAsString(event)).param("now", Timestamp.from(clock.instant()))
                .update();
    }

    /** Removes and returns the events waiting for {@code key}, oldest first. */
    public List<DomainEvent> release(WaitingFor key) {
        List<Parked> parked = jdbc.sql("""
                        DELETE FROM parked_events WHERE waits_for = :key
                        RETURNING id, event_type, data::text AS data""")
                .param("key", key.value())
                .query((rs, n) -> new Parked(rs.getLong("id"), rs.getString("event_type"), rs.getString("data")))
                .list();
        return parked.stream().sorted((a, b) -> Long.compare(a.id(), b.id()))
                .<DomainEvent>map(p -> json.readValue(p.data(), types.get(p.type())))
                .toList();
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM parked_events").query(Long.class).single();
    }

    public long waitingFor(WaitingFor key) {
        return jdbc.sql("SELECT count(*) FROM parked_events WHERE waits_for = :key").param("key", key.value())
                .query(Long.class).single();
    }

    private record Parked(long id, String type, String data) {
    }

    /** What an event waits for: a user's registration or a job's snapshot. */
    public record WaitingFor(String value) {
        public static WaitingFor registrationOf(UUID userId) {
            return new WaitingFor("user:" + userId);
        }

        public static WaitingFor jobSnapshotOf(UUID jobId) {
            return new WaitingFor("job:" + jobId);
        }
    }
}
