package com.excelmedical.staffing.devstack;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** Creates each service's database once, on demand. */
final class Databases {

    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final Set<String> created = ConcurrentHashMap.newKeySet();

    void ensure(String database, Consumer<String> create) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        if (created.contains(database)) {
            return;
        }
        synchronized (this) {
            if (!created.contains(database)) {
                create.accept(database);
                created.add(database);
            }
        }
    }

    /** Makes a login named like the database its owner and the only non-superuser that may connect to it. */
    static DatabaseLogin grantOwnLogin(Connection connection, String jdbcUrl, String database) throws SQLException {
        // names are checked against a strict pattern, the password is hex: both safe to inline in DDL
        String password = newPassword();
        try (Statement sql = connection.createStatement()) {
            sql.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + database + "') then "
                    + "create role " + database + " login; end if; end $$");
            sql.execute("alter role " + database + " with login password '" + password + "'");
            sql.execute("alter database " + database + " owner to " + database);
            sql.execute("revoke connect, temporary on database " + database + " from public");
            sql.execute("grant connect, temporary on database " + database + " to " + database);
        }
        return new DatabaseLogin(jdbcUrl, database, password);
    }

    private static String newPassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static void createIfMissing(Connection connection, String database) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            // the name is checked against a strict pattern above, so it is safe to inline
            create.execute("create database " + database);
        }
    }
}
