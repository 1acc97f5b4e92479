package com.excelmedical.staffing.local.services;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM ({@code java -jar}), its output in its log file. */
public final class ServiceProcess {

    /** How long a stopping service may take before it is killed. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(30);
    /**
     * For a service still recording for its AOT cache: Spring's graceful shutdown takes about 3 s; after it the
     * JVM would assemble the cache at exit, which a stop does not wait for.
     */
    public static final Duration SHUTDOWN_WHILE_RECORDING = Duration.ofSeconds(10);

    private final ServiceSpec service;
    private final Process process;
    private final URI readiness;
    private final Path logFile;

    private ServiceProcess(ServiceSpec service, Process process, URI readiness, Path logFile) {
        this.service = service;
        this.process = process;
        this.readiness = readiness;
        this.logFile = logFile;
    }

    public static ServiceProcess start(ServiceSpec service, Path java, List<String> jvmOptions, Path jar,
                                       Map<String, String> environment, int managementPort, Path logFile, PrintStream console) {
        keepPreviousLog(logFile);
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Thread.ofPlatform().daemon().name("log-" + service.name())
                    .start(new LogEcho(service.name(), logFile, console, process::isAlive));
            URI readiness = URI.create("http://127.0.0.1:" + managementPort + ServiceSpec.READINESS_PATH);
            return new ServiceProcess(service, process, readiness, logFile);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + service.name(), e);
        }
    }

    /** A run with kept data moves the previous run's log aside, so that the console echoes only this run's lines. */
    private static void keepPreviousLog(Path logFile) {
        try {
            if (Files.exists(logFile)) {
                Files.move(logFile, logFile.resolveSibling(logFile.getFileName().toString().replace(".log", ".previous.log")),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not move the previous " + logFile, e);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }

    public ServiceSpec service() {
        return service;
    }

    public Path logFile() {
        return logFile;
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    /** True once the readiness probe answers 200; an exited process is an error naming its log file. */
    public boolean ready(HttpClient http) {
        if (!process.isAlive()) {
            throw new IllegalStateException(service.name() + " exited with status " + process.exitValue()
                    + " before it was ready; see " + logFile);
        }
        try {
            HttpRequest probe = HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(2)).GET().build();
            return http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGTERM (the service shuts down gracefully, within a few seconds), then a kill after {@link #STOP_GRACE}. */
    public void stop() {
        stop(STOP_GRACE);
    }

    /** SIGTERM, then a kill of the service and whatever it started after the given bound. */
    public void stop(Duration grace) {
        List<ProcessHandle> children = new ArrayList<>(process.descendants().toList());
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                // started since, e.g. the JVM that assembles an AOT cache at exit
                children.addAll(process.descendants().toList());
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }
}
