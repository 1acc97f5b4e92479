package com.excelmedical.staffing.local.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a local run starts.
 *
 * @param root        the repository root (the modules and their {@code target/} jars)
 * @param dataDir     everything the run writes: databases, broker logs, one log file per process
 * @param keepData    reuse the data of the previous run instead of starting clean
 * @param ports       every port, by the variable that moves it
 * @param java        the {@code java} executable the services run on
 * @param prometheus  start Prometheus when its binary is installed
 * @param jvmOptions  the services' JVM options instead of the tuned ones ({@code LOCAL_JVM_OPTIONS}, for measuring)
 * @param readyWithin how long every readiness probe may take to turn green ({@code LOCAL_READY_TIMEOUT}, seconds)
 * @param classDataArchives map each service's class-data archive, and write the missing ones once the demo data
 *                    is loaded ({@code LOCAL_CLASS_DATA=false} turns both off, for measuring)
 */
public record LocalSettings(Path root, Path dataDir, boolean keepData, Ports ports, Path java, boolean prometheus,
                            Optional<List<String>> jvmOptions, Duration readyWithin, boolean classDataArchives) {

    /** Generous: a machine busy with other work starts the services several times slower than the 60 s target. */
    static final Duration READY_WITHIN = Duration.ofMinutes(10);

    /** The command's settings: {@code --keep-data} or {@code LOCAL_KEEP_DATA=true}, {@code LOCAL_DATA_DIR}, port variables. */
    public static LocalSettings fromCommandLine(Path root, String[] args, Map<String, String> environment) {
        boolean keep = Arrays.asList(args).contains("--keep-data")
                || Boolean.parseBoolean(environment.getOrDefault("LOCAL_KEEP_DATA", "false"));
        Path dataDir = Path.of(environment.getOrDefault("LOCAL_DATA_DIR", root.resolve(".local").toString()));
        Optional<List<String>> jvmOptions = Optional.ofNullable(environment.get("LOCAL_JVM_OPTIONS"))
                .map(options -> Arrays.stream(options.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList());
        Duration readyWithin = Optional.ofNullable(environment.get("LOCAL_READY_TIMEOUT"))
                .map(seconds -> Duration.ofSeconds(Long.parseLong(seconds.trim()))).orElse(READY_WITHIN);
        boolean classData = Boolean.parseBoolean(environment.getOrDefault("LOCAL_CLASS_DATA", "true"));
        return new LocalSettings(root, dataDir.toAbsolutePath(), keep, Ports.fromEnvironment(environment), currentJava(),
                true, jvmOptions, readyWithin, classData);
    }

    /**
     * The end-to-end test's settings: free ports, a clean data directory of its own, no Prometheus, and no
     * class-data archives: every build makes new jars, so an archive would never be used again, and recording
     * what it needs makes each start about 40 % dearer in CPU.
     */
    public static LocalSettings forTest(Path root, Path dataDir) {
        return new LocalSettings(root, dataDir, false, Ports.anyFree(), currentJava(), false, Optional.empty(), READY_WITHIN,
                false);
    }

    /** The {@code java} of this JVM: the launcher already runs on the JDK the services need. */
    public static Path currentJava() {
        return ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java"));
    }
}
