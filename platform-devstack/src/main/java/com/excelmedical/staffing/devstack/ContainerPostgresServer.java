package com.excelmedical.staffing.devstack;

import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** PostgreSQL 17 in a container (Testcontainers), used when a Docker engine is reachable. */
final class ContainerPostgresServer implements PostgresServer {

    static final String IMAGE = "postgres:17-alpine";

    private final PostgreSQLContainer container;
    private final Databases databases = new Databases();

    private ContainerPostgresServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static ContainerPostgresServer launch() {
        PostgreSQLContainer container = new PostgreSQLContainer(IMAGE)
                .withCommand("postgres", "-c", "max_connections=300", "-c", "fsync=off");
        container.start();
        return new ContainerPostgresServer(container);
    }

    @Override
    public String jdbcUrl(String database) {
        databases.ensure(database, this::createDatabase);
        return "jdbc:postgresql://" + container.getHost() + ":" + port() + "/" + database;
    }

    private void createDatabase(String database) {
        try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), username(), password())) {
            Databases.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public DatabaseLogin login(String database) {
        String url = jdbcUrl(database);
        try (Connection connection = DriverManager.getConnection(container.getJdbcUrl(), username(), password())) {
            return Databases.grantOwnLogin(connection, url, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the login of database " + database, e);
        }
    }

    @Override
    public String username() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public int port() {
        return container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT);
    }

    @Override
    public void close() {
        container.stop();
    }
}
