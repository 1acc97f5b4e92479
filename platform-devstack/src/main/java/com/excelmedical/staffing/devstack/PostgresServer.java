package com.excelmedical.staffing.devstack;

/** A running PostgreSQL server on which each service gets a database of its own. */
public interface PostgresServer extends AutoCloseable {

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    String jdbcUrl(String database);

    /**
     * Creates the database if needed and a login named like it that owns it; connecting to the database
     * is then granted to that login only (and superusers). A new password is set on every call.
     */
    DatabaseLogin login(String database);

    String username();

    String password();

    int port();

    @Override
    void close();
}
