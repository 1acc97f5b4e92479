package com.excelmedical.staffing.identity.account;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.UUID;

public interface UserRepository extends JpaRepository<User, UUID>, JpaSpecificationExecutor<User> {

    /** @param email normalized */
    @Query("select u from User u where lower(u.email) = :email")
    Optional<User> findByEmail(String email);

    /** @param email normalized */
    @Query("select new com.excelmedical.staffing.identity.account.LoginCredentials(u.id, u.passwordHash) from User u where lower(u.email) = :email")
    Optional<LoginCredentials> findCredentialsByEmail(String email);

    @Query("select count(u) > 0 from User u where lower(u.email) = :email")
    boolean existsByEmail(String email);
}
