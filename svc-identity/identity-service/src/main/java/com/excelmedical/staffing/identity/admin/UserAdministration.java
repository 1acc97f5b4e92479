package com.excelmedical.staffing.identity.admin;

import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserRepository;
import com.excelmedical.staffing.identity.account.UserStatus;
import com.excelmedical.staffing.identity.audit.Audit;
import com.excelmedical.staffing.identity.audit.AuditAction;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.identity.events.UserDeactivated;
import com.excelmedical.staffing.identity.events.UserRolesChanged;
import com.excelmedical.staffing.identity.role.RoleCatalog;
import com.excelmedical.staffing.identity.session.Session;
import com.excelmedical.staffing.identity.session.Sessions;
import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What an admin does to accounts: list them, change their roles and status. */
@Service
class UserAdministration {

    private static final String ADMIN = "admin";

    private final UserRepository users;
    private final RoleCatalog roles;
    private final Sessions sessions;
    private final Audit audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UserAdministration(UserRepository users, RoleCatalog roles, Sessions sessions, Audit audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.roles = roles;
        this.sessions = sessions;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<User> list(String role, UserStatus status, String q, int page, int size) {
        return users.findAll(UserSearch.matching(role, status, q),
                PageRequest.of(page, size, Sort.by("createdAt").descending().and(Sort.by("id"))));
    }

    /**
     * Changes roles and/or status. Leaving {@code active} revokes every session at once (refresh tokens
     * stop working) and publishes {@code UserDeactivated}; a change of roles publishes {@code UserRolesChanged}.
     * Both make the services refuse the user's earlier access tokens at once.
     */
    @Transactional
    User change(UUID userId, UserStatus status, Collection<String> newRoles, UUID adminId, ClientInfo client) {
        User user = users.findById(userId).orElseThrow(() -> new NotFoundException("User", userId));
        if (userId.equals(adminId) && ((status != null && status != UserStatus.ACTIVE)
                || (newRoles != null && !newRoles.contains(ADMIN)))) {
            throw new ConflictException("own-admin-account", "An admin cannot deactivate or demote their own account", null);
        }
        Instant now = clock.instant();
        if (newRoles != null) {
            Set<String> known = roles.requireKnown(newRoles);
            Set<String> before = user.roles();
            if (!known.equals(before)) {
                user.changeRoles(known, now);
                audit.record(AuditAction.ROLES_CHANGED, userId, adminId, client, before + " -> " + known);
                events.publishEvent(new UserRolesChanged(UUID.randomUUID(), now, userId, List.copyOf(known)));
            }
        }
        if (status != null && status != user.status()) {
            UserStatus before = user.status();
            boolean deactivated = user.changeStatus(status, now);
            audit.record(AuditAction.STATUS_CHANGED, userId, adminId, client, before.value() + " -> " + status.value());
            if (deactivated) {
                sessions.revokeAll(userId, Session.ACCOUNT_DISABLED);
                events.publishEvent(new UserDeactivated(UUID.randomUUID(), now, userId));
            }
        }
        return user;
    }
}
