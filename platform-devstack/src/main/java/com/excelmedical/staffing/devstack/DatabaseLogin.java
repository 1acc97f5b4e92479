package com.excelmedical.staffing.devstack;

/**
 * A service's own PostgreSQL login: it owns its database and is the only role besides superusers that
 * may connect to it, so a service configured with it cannot reach another service's data.
 */
public record DatabaseLogin(String jdbcUrl, String username, String password) {

    @Override
    public String toString() {
        return "DatabaseLogin[" + jdbcUrl + ", " + username + "]";
    }
}
