package com.excelmedical.staffing.local.services;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of a service in the local run, chosen for start-up time and memory on a small machine
 * (measured figures in the README): a bounded heap, the serial collector, the client compiler only, a
 * smaller thread stack and code cache, and class-data sharing from an archive each service writes on
 * its first clean exit and maps on every later start.
 */
public final class JvmOptions {

    private JvmOptions() {
    }

    /**
     * @param archive the service's class-data archive, created when missing or stale; {@code null} for none
     * @param tmpDir  the service's temporary directory, inside the run's data directory
     */
    public static List<String> of(ServiceSpec service, Path archive, Path tmpDir) {
        List<String> options = new ArrayList<>(List.of(
                "-Xmx" + service.heap(),
                "-Xss512k",
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=64m",
                "-XX:MaxDirectMemorySize=64m",
                "-Djava.io.tmpdir=" + tmpDir));
        if (archive != null) {
            options.add("-XX:+AutoCreateSharedArchive");
            options.add("-XX:SharedArchiveFile=" + archive);
            options.add("-Xlog:cds=off,cds+dynamic=off");
        }
        return options;
    }
}
