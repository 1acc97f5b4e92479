package com.excelmedical.staffing.identity.role;

import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The known roles: checks role names and expands roles to permissions. */
@Service
public class RoleCatalog {

    private final RoleRepository roles;

    RoleCatalog(RoleRepository roles) {
        this.roles = roles;
    }

    /** @throws InvalidInputException (400 on {@code roles}) if a name is not a role */
    @Transactional(readOnly = true)
    public Set<String> requireKnown(Collection<String> names) {
        Set<String> wanted = new TreeSet<>(names);
        if (wanted.isEmpty()) {
            throw new InvalidInputException("roles", "must name at least one role");
        }
        Set<String> known = new TreeSet<>(roles.findAllById(wanted).stream().map(Role::name).toList());
        wanted.removeAll(known);
        if (!wanted.isEmpty()) {
            throw new InvalidInputException("roles", "unknown role: " + String.join(", ", wanted));
        }
        return known;
    }

    @Transactional(readOnly = true)
    public Set<String> permissionsOf(Collection<String> names) {
        Set<String> permissions = new TreeSet<>();
        roles.findAllById(names).forEach(role -> permissions.addAll(role.permissions()));
        return permissions;
    }

    @Transactional(readOnly = true)
    public List<Role> all() {
        return roles.findAll();
    }
}
