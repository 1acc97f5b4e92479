package com.excelmedical.staffing.identity.account;

import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** An account as the API shows it. */
public record UserResponse(UUID userId, String email, String firstName, String lastName, String phone,
                           Set<String> roles, String status, boolean emailVerified) {

    public static UserResponse of(User user) {
        return new UserResponse(user.id(), user.email(), user.firstName(), user.lastName(), user.phone(),
                new TreeSet<>(user.roles()), user.status().value(), user.emailVerified());
    }
}
