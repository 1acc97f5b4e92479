package com.excelmedical.staffing.platform.inbox;

import com.excelmedical.staffing.platform.events.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The relational inbox: the {@code (consumer, event id)} row and the handler's changes commit in one
 * transaction, so an event is either handled and remembered, or neither.
 */
public class JdbcInboxStore implements InboxStore {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public JdbcInboxStore(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public boolean runOnce(String consumer, EventEnvelope envelope, Runnable handler) {
        Boolean ran = transaction.execute(status -> {
            int inserted = jdbc.update("""
                    insert into consumed_event (consumer, event_id, event_type, consumed_at) values (?, ?, ?, ?)
                    on conflict (consumer, event_id) do nothing""",
                    consumer, envelope.id(), envelope.type(), Timestamp.from(clock.instant()));
            if (inserted == 0) {
                return false;
            }
            handler.run();
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /** Forgets events consumed longer ago than the retention; a redelivery that late is not expected. */
    public int forgetOlderThan(Duration retention) {
        return jdbc.update("delete from consumed_event where consumed_at < ?", Timestamp.from(clock.instant().minus(retention)));
    }
}
