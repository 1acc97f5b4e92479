package com.excelmedical.staffing.identity.account;

import java.util.UUID;

/** What a login reads before the password is checked: one row, no roles, whatever the account's state. */
public record LoginCredentials(UUID userId, String passwordHash) {
}
