package com.excelmedical.staffing.identity.audit;

import com.excelmedical.staffing.identity.web.ClientInfo;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One security event: what happened to whom, done by whom, from where. */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    private UUID id;
    private Instant occurredAt;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    private UUID userId;
    private UUID actorId;
    private String ipAddress;
    private String userAgent;
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, AuditAction action, UUID userId, UUID actorId, ClientInfo client, String detail) {
        this.id = UUID.randomUUID();
        this.occurredAt = occurredAt;
        this.action = action;
        this.userId = userId;
        this.actorId = actorId;
        this.ipAddress = client.ipAddress();
        this.userAgent = client.userAgent();
        this.detail = detail;
    }

    public AuditAction action() { return action; }
    public UUID userId() { return userId; }
    public UUID actorId() { return actorId; }
    public String detail() { return detail; }
}
