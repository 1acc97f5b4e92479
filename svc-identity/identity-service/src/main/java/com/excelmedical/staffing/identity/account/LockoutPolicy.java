package com.excelmedical.staffing.identity.account;

import java.time.Duration;

/** After {@code maxFailures} consecutive failed logins the account is locked for {@code duration}. */
public record LockoutPolicy(int maxFailures, Duration duration) {
}
