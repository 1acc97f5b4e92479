package com.excelmedical.staffing.devstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The local run's stack: fixed data directory, all three servers, a clean stop, data kept for the next run. */
class DevStackLauncherIT {

    @TempDir
    Path dataDir;

    @Test
    void startsAllThreeAndKeepsPostgresDataAcrossRestarts() throws Exception {
        DevStackSettings settings = new DevStackSettings(DevStackMode.EMBEDDED, dataDir, 0, 0, 0);

        try (DevStack first = new DevStack(settings)) {
            Map<String, String> addresses = DevStackLauncher.startAll(first);
            assertThat(addresses).containsKeys("DEVSTACK_POSTGRES_URL", "DEVSTACK_KAFKA_BOOTSTRAP_SERVERS", "DEVSTACK_MONGO_URI");
            assertThat(RoundTrips.mongo(first.mongo(), "content")).isNotBlank();
            try (Connection c = DriverManager.getConnection(first.postgres().jdbcUrl("jobs"), "postgres", "postgres");
                 Statement sql = c.createStatement()) {
                sql.execute("create table kept (name text)");
                sql.execute("insert into kept values ('survives a restart')");
            }
        }
        assertThat(dataDir.resolve("postgres")).isDirectory();
        assertThat(dataDir.resolve("kafka/meta.properties")).exists();

        try (DevStack second = new DevStack(settings);
             Connection c = DriverManager.getConnection(second.postgres().jdbcUrl("jobs"), "postgres", "postgres");
             Statement sql = c.createStatement();
             ResultSet row = sql.executeQuery("select name from kept")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("survives a restart");
        }
    }
}
