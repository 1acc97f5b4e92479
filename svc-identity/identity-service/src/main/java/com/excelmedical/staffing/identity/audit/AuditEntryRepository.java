package com.excelmedical.staffing.identity.audit;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AuditEntryRepository extends JpaRepository<AuditEntry, UUID> {

    List<AuditEntry> findByUserIdOrderByOccurredAt(UUID userId);
}
