package com.excelmedical.staffing.identity.login;

import java.time.Duration;

/**
 * @param maxFailuresPerAddress failed logins for one email from one address that lock that pair
 * @param maxFailuresPerAccount failed logins for one email from all addresses together that lock the email
 * @param duration              how long a lock lasts, and the window in which failures are counted
 */
record LockoutPolicy(int maxFailuresPerAddress, int maxFailuresPerAccount, Duration duration) {
}
