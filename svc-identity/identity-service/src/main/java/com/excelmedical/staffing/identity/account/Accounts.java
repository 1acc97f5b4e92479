package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.events.UserErased;
import com.excelmedical.staffing.identity.events.UserRegistered;
import com.excelmedical.staffing.identity.password.PasswordCheck;
import com.excelmedical.staffing.identity.password.PasswordPolicy;
import com.excelmedical.staffing.identity.role.RoleCatalog;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Creating accounts (self-registration and by an admin), reading one's own, and erasure. */
@Service
public class Accounts {

    public static final String CANDIDATE = "candidate";

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordCheck passwords;
    private final RoleCatalog roles;
    private final Sessions sessions;
    private final EmailVerification verifications;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserRepository users, PasswordPolicy policy, PasswordCheck passwords, RoleCatalog roles, Sessions sessions,
             EmailVerification verifications, Audit audit, ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.policy = policy;
        this.passwords = passwords;
        this.roles = roles;
        this.sessions = sessions;
        this.verifications = verifications;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Self-registration: always a candidate; a verification link is mailed. */
    @Transactional
    public User register(NewUser data, String password, ClientInfo client) {
        User user = create(data, password, Set.of(CANDIDATE));
        audit.record(AuditAction.USER_REGISTERED, user.id(), user.id(), client, null);
        verifications.sendEmailVerification(user.id());
        return user;
    }

    /** An admin creates a staff account (or any known roles). */
    @Transactional
    public User createByAdmin(NewUser data, String password, Collection<String> wantedRoles, UUID adminId, ClientInfo client) {
        User user = create(data, password, roles.requireKnown(wantedRoles));
        audit.record(AuditAction.USER_CREATED, user.id(), adminId, client, "roles " + user.roles());
        return user;
    }

    @Transactional(readOnly = true)
    public User get(UUID userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
    }

    /** Right to erasure: closed now, personal fields anonymized, sessions and links gone, others told. */
    @Transactional
    public User erase(UUID userId, ClientInfo client) {
        User user = get(userId);
        Instant now = clock.instant();
        user.erase(now);
        sessions.revokeAndForgetAll(userId);
        verifications.forget(userId);
        audit.record(AuditAction.ERASURE, userId, userId, client, null);
        events.publishEvent(new UserErased(UUID.randomUUID(), now, userId));
        return user;
    }

    private User create(NewUser data, String password, Set<String> roleNames) {
        policy.check(password);
        if (users.existsByEmail(Emails.normalize(data.email()))) {
            throw new EmailTakenException();
        }
        Instant now = clock.instant();
        User user = users.save(User.create(data, passwords.hash(password), roleNames, now));
        events.publishEvent(new UserRegistered(UUID.randomUUID(), now, user.id(), user.email(), user.firstName(),
                user.lastName(), List.copyOf(user.roles()), user.referralCode()));
        return user;
    }
}
