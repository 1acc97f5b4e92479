package com.excelmedical.staffing.identity.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An account: who may log in, with which roles, and the rules of erasure. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;
    private String email;
    private String passwordHash;
    private String firstName;
    private String lastName;
    private String phone;
    private UserStatus status;
    private boolean emailVerified;
    private Instant lastLoginAt;
    private boolean dataProcessingConsent;
    private Instant dataProcessingConsentAt;
    private boolean marketingConsent;
    private Instant marketingConsentAt;
    private String referralCode;
    private String externalId;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant deletedAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    private Set<String> roles = new TreeSet<>();

    protected User() {
    }

    public static User create(NewUser data, String passwordHash, Collection<String> roles, Instant now) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = Emails.normalize(data.email());
        user.passwordHash = passwordHash;
        user.firstName = data.firstName();
        user.lastName = data.lastName();
        user.phone = data.phone();
        user.referralCode = data.referralCode();
        user.status = UserStatus.ACTIVE;
        user.dataProcessingConsent = data.dataProcessingConsent();
        user.dataProcessingConsentAt = data.dataProcessingConsent() ? now : null;
        user.marketingConsent = data.marketingConsent();
        user.marketingConsentAt = data.marketingConsent() ? now : null;
        user.roles.addAll(roles);
        user.createdAt = now;
        user.updatedAt = now;
        return user;
    }

    public boolean canLogIn() {
        return status == UserStatus.ACTIVE && passwordHash != null;
    }

    public void recordSuccessfulLogin(Instant now) {
        lastLoginAt = now;
        updatedAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        requireOpen();
        passwordHash = newHash;
        updatedAt = now;
    }

    /** Replaces the stored hash with one of the current parameters (same password, stronger hash). */
    public void rehashPassword(String newHash) {
        passwordHash = newHash;
    }

    public void verifyEmail(Instant now) {
        requireOpen();
        emailVerified = true;
        updatedAt = now;
    }

    public void changeRoles(Collection<String> newRoles, Instant now) {
        requireOpen();
        roles.clear();
        roles.addAll(newRoles);
        updatedAt = now;
    }

    /** Returns whether the account was able to log in before and cannot any more. */
    public boolean changeStatus(UserStatus newStatus, Instant now) {
        requireOpen();
        if (newStatus == UserStatus.CLOSED) {
            throw new StatusChangeRefusedException("an account is closed only by erasure");
        }
        boolean deactivated = status == UserStatus.ACTIVE && newStatus != UserStatus.ACTIVE;
        status = newStatus;
        updatedAt = now;
        return deactivated;
    }

    /** Right to erasure: the account is closed and keeps no personal data, only its id and dates. */
    public void erase(Instant now) {
        requireOpen();
        status = UserStatus.CLOSED;
        email = "erased-" + id + "@erased.invalid";
        passwordHash = null;
        firstName = null;
        lastName = null;
        phone = null;
        referralCode = null;
        externalId = null;
        emailVerified = false;
        marketingConsent = false;
        marketingConsentAt = null;
        deletedAt = now;
        updatedAt = now;
    }

    private void requireOpen() {
        if (status == UserStatus.CLOSED) {
            throw new AccountClosedException();
        }
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String passwordHash() { return passwordHash; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public String phone() { return phone; }
    public UserStatus status() { return status; }
    public boolean emailVerified() { return emailVerified; }
    public Instant lastLoginAt() { return lastLoginAt; }
    public String referralCode() { return referralCode; }
    public Instant createdAt() { return createdAt; }
    public Instant deletedAt() { return deletedAt; }
    public Set<String> roles() { return Set.copyOf(roles); }
}
