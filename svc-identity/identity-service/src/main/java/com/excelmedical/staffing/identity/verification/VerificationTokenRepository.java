package com.excelmedical.staffing.identity.verification;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface VerificationTokenRepository extends JpaRepository<VerificationToken, UUID> {

    Optional<VerificationToken> findByTokenHash(String tokenHash);

    List<VerificationToken> findByUserIdAndPurpose(UUID userId, VerificationPurpose purpose);

    @Modifying
    @Query("delete from VerificationToken t where t.userId = :userId")
    void deleteByUserId(UUID userId);
}
