package com.excelmedical.staffing.local.services;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM options of a service in the local run, chosen for start-up time and memory on a small machine
 * (measured figures in the README and ADR 0011): a bounded heap, the serial collector, the client compiler
 * only, a smaller thread stack and code cache, and the service's AOT cache. The cache is written by
 * {@link ClassDataArchive} while the service runs, not at its exit, so a stop stays quick.
 */
public final class JvmOptions {

    private JvmOptions() {
    }

    /**
     * @param archive the service's AOT cache: mapped when it exists, otherwise the service records what the
     *                cache needs; {@code null} for neither (the end-to-end test)
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
        if (archive != null && Files.isRegularFile(archive)) {
            options.add("-XX:AOTCache=" + archive);
            options.add("-Xlog:aot=off,cds=off");
        } else if (archive != null) {
            options.add("-XX:AOTCacheOutput=" + ClassDataArchive.partial(archive));
        }
        return options;
    }
}
