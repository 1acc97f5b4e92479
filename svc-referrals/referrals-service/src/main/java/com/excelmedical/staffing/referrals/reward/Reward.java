package com.excelmedical.staffing.referrals.reward;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * The bonus of one referral and its workflow. A decision checks the transition (and, for approval, the
 * qualifying date) and answers the ledger entry it causes; the amount never changes.
 */
public final class Reward {

    private final RewardData data;
    private RewardStatus status;
    private UUID decidedBy;
    private Instant decidedAt;
    private String denialReason;
    private PaymentMethod paymentMethod;
    private String paymentReference;
    private Instant paidAt;

    Reward(RewardData data, RewardStatus status, UUID decidedBy, Instant decidedAt, String denialReason,
           PaymentMethod paymentMethod, String paymentReference, Instant paidAt) {
        this.data = data;
        this.status = status;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.denialReason = denialReason;
        this.paymentMethod = paymentMethod;
        this.paymentReference = paymentReference;
        this.paidAt = paidAt;
    }

    static Reward pending(RewardData data) {
        return new Reward(data, RewardStatus.PENDING, null, null, null, null, null, null);
    }

    LedgerKind approve(UUID admin, Instant now) {
        move(RewardStatus.APPROVED);
        if (now.isBefore(data.qualifiesAt())) {
            throw new NotQualifiedYetException(data.qualifiesAt());
        }
        decide(RewardStatus.APPROVED, admin, now);
        return LedgerKind.APPROVED;
    }

    LedgerKind deny(UUID admin, String reason, Instant now) {
        move(RewardStatus.DENIED);
        decide(RewardStatus.DENIED, admin, now);
        this.denialReason = reason;
        return LedgerKind.DENIED;
    }

    LedgerKind pay(UUID admin, PaymentMethod method, String reference, Instant now) {
        move(RewardStatus.PAID);
        decide(RewardStatus.PAID, admin, now);
        this.paymentMethod = method;
        this.paymentReference = reference;
        this.paidAt = now;
        return LedgerKind.PAID;
    }

    private void move(RewardStatus target) {
        if (!status.canMoveTo(target)) {
            throw new IllegalRewardTransitionException(status, target);
        }
    }

    private void decide(RewardStatus target, UUID admin, Instant now) {
        this.status = target;
        this.decidedBy = admin;
        this.decidedAt = now;
    }

    public RewardData data() { return data; }
    public UUID id() { return data.id(); }
    public BigDecimal amount() { return data.amount(); }
    public RewardStatus status() { return status; }
    public UUID decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String denialReason() { return denialReason; }
    public PaymentMethod paymentMethod() { return paymentMethod; }
    public String paymentReference() { return paymentReference; }
    public Instant paidAt() { return paidAt; }
}
