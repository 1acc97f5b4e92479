package com.excelmedical.staffing.identity.login;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

/** {@link FailureCounters} in the {@code login_failures} table, in the caller's transaction. */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class JdbcFailureCounters implements FailureCounters {

    private static final RowMapper<FailureCount> ROW = (rs, row) -> new FailureCount(rs.getInt("failures"),
            rs.getTimestamp("counting_since").toInstant(),
            rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant());

    private final JdbcClient jdbc;

    JdbcFailureCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<FailureCount> find(String subject, List<String> sources) {
        return jdbc.sql("select failures, counting_since, locked_until from login_failures where subject = :subject and source in (:sources)")
                .param("subject", subject).param("sources", sources).query(ROW).list();
    }

    @Override
    public FailureCount lock(String subject, String source, Instant now) {
        // the no-op update takes the row lock whether the row was there or has just been inserted
        return jdbc.sql("""
                        insert into login_failures (subject, source, failures, counting_since, locked_until, expires_at)
                        values (:subject, :source, 0, :now, null, :now)
                        on conflict (subject, source) do update set subject = excluded.subject
                        returning failures, counting_since, locked_until""")
                .param("subject", subject).param("source", source).param("now", Timestamp.from(now))
                .query(ROW).single();
    }

    @Override
    public void save(String subject, String source, FailureCount count, Instant expiresAt) {
        jdbc.sql("""
                        update login_failures set failures = :failures, counting_since = :since, locked_until = :until,
                               expires_at = :expires
                        where subject = :subject and source = :source""")
                .param("failures", count.failures()).param("since", Timestamp.from(count.countingSince()))
                .param("until", count.lockedUntil() == null ? null : Timestamp.from(count.lockedUntil()), Types.TIMESTAMP)
                .param("expires", Timestamp.from(expiresAt)).param("subject", subject).param("source", source)
                .update();
    }

    @Override
    public void clear(String subject, String source) {
        jdbc.sql("delete from login_failures where subject = :subject and source = :source")
                .param("subject", subject).param("source", source).update();
    }

    @Override
    public void clearAll(String subject) {
        jdbc.sql("delete from login_failures where subject = :subject").param("subject", subject).update();
    }

    @Override
    public void purgeExpired(Instant now) {
        // rows another login holds are left for a later purge rather than waited for
        jdbc.sql("""
                        delete from login_failures where ctid in (
                            select ctid from login_failures where expires_at < :now limit 100 for update skip locked)""")
                .param("now", Timestamp.from(now)).update();
    }
}
