package com.excelmedical.staffing.identity.admin;

import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserStatus;
import jakarta.persistence.criteria.Join;
import org.springframework.data.jpa.domain.Specification;

import java.util.Locale;

/** Filters of the admin's user list: role, status, and {@code q} in email or names. */
final class UserSearch {

    private UserSearch() {
    }

    static Specification<User> matching(String role, UserStatus status, String q) {
        Specification<User> spec = Specification.unrestricted();
        if (role != null && !role.isBlank()) {
            spec = spec.and((root, query, cb) -> {
                Join<User, String> roles = root.join("roles");
                return cb.equal(roles, role);
            });
        }
        if (status != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("status"), status));
        }
        if (q != null && !q.isBlank()) {
            String pattern = "%" + q.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            spec = spec.and((root, query, cb) -> cb.or(
                    cb.like(cb.lower(root.get("email")), pattern, '\\'),
                    cb.like(cb.lower(root.get("firstName")), pattern, '\\'),
                    cb.like(cb.lower(root.get("lastName")), pattern, '\\')));
        }
        return spec;
    }
}
