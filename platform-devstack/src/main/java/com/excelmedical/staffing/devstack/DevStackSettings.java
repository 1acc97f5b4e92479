package com.excelmedical.staffing.devstack;

import java.nio.file.Path;

/**
 * How a {@link DevStack} starts its servers.
 *
 * @param mode         embedded servers or containers
 * @param dataDir      where embedded servers keep their files; {@code null} for a throw-away directory
 *                     under {@code java.io.tmpdir}, removed when the stack closes
 * @param postgresPort 0 for a free port (likewise the other ports); ignored by containers
 * @param postgresBinaries where embedded PostgreSQL's binaries are extracted and reused, so that a run which
 *                     removes its data does not extract them again; {@code null} for inside the data directory
 */
public record DevStackSettings(DevStackMode mode, Path dataDir, int postgresPort, int kafkaPort, int mongoPort,
                               Path postgresBinaries) {

    /** The binaries inside the data directory. */
    public DevStackSettings(DevStackMode mode, Path dataDir, int postgresPort, int kafkaPort, int mongoPort) {
        this(mode, dataDir, postgresPort, kafkaPort, mongoPort, null);
    }

    /** Free ports and a throw-away directory: what tests want. */
    public static DevStackSettings forTests() {
        return new DevStackSettings(DevStackMode.resolve(), null, 0, 0, 0);
    }

    boolean keepsData() {
        return dataDir != null;
    }
}
