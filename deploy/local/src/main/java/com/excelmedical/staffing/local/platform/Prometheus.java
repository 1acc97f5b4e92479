package com.excelmedical.staffing.local.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Prometheus, when its binary is on the PATH, scraping every service with the configuration kept in the repository. */
final class Prometheus implements AutoCloseable {

    static final int PORT = 9090;

    private final Process process;

    private Prometheus(Process process) {
        this.process = process;
    }

    static Optional<Prometheus> startIfInstalled(Path root, DataDirectory data) {
        Optional<Path> binary = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "prometheus")).filter(Files::isExecutable).findFirst();
        if (binary.isEmpty()) {
            return Optional.empty();
        }
        try {
            Process process = new ProcessBuilder(List.of(binary.get().toString(),
                    "--config.file=" + root.resolve("deploy/observability/prometheus.yml"),
                    "--storage.tsdb.path=" + data.root().resolve("prometheus"),
                    "--web.listen-address=127.0.0.1:" + PORT))
                    .redirectErrorStream(true)
                    .redirectOutput(data.logs().resolve("prometheus.log").toFile())
                    .start();
            return Optional.of(new Prometheus(process));
        } catch (IOException e) {
            throw new UncheckedIOException("could not start prometheus", e);
        }
    }

    ProcessHandle handle() {
        return process.toHandle();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
