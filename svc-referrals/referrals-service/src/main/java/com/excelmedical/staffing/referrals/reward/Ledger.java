package com.excelmedical.staffing.referrals.reward;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The append-only ledger of reward money (a database trigger refuses updates and deletes). Balances are
 * computed from it on every read; no total is stored anywhere.
 */
@Repository
public class Ledger {

    private final JdbcClient jdbc;

    Ledger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void append(RewardData reward, LedgerKind kind, UUID actor, Instant at, String note) {
        jdbc.sql("""
                        INSERT INTO reward_ledger (reward_id, referrer_id, kind, amount, currency, actor, occurred_at, note)
                        VALUES (:reward, :referrer, :kind, :amount, :currency, :actor, :at, :note)""")
                .param("reward", reward.id()).param("referrer", reward.referrerId()).param("kind", kind.code())
                .param("amount", reward.amount()).param("currency", reward.currency()).param("actor", actor)
                .param("at", Timestamp.from(at)).param("note", note)
                .update();
    }

    /** The referrer's balances, one per currency they have entries in. */
    public List<Balance> balances(UUID referrerId) {
        return jdbc.sql("""
                        SELECT currency,
                            coalesce(sum(amount) FILTER (WHERE kind = 'accrued'), 0)
                              - coalesce(sum(amount) FILTER (WHERE kind IN ('denied', 'reversed')), 0) AS earned,
                            coalesce(sum(amount) FILTER (WHERE kind = 'paid'), 0) AS paid
                        FROM reward_ledger WHERE referrer_id = :referrer GROUP BY currency ORDER BY currency""")
                .param("referrer", referrerId)
                .query((rs, n) -> Balance.of(rs.getString("currency"), rs.getBigDecimal("earned"), rs.getBigDecimal("paid")))
                .list();
    }
}
