package com.excelmedical.staffing.local.services;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/**
 * Follows a process's log file (the process writes it directly, so it never waits on the launcher) and
 * echoes its warnings and errors to the console with the service's name in front. Plain-text Spring Boot
 * lines carry the level after the timestamp.
 */
final class LogEcho implements Runnable {

    private static final Pattern WARNING = Pattern.compile("^\\S+\\s+(WARN|ERROR)\\s.*");
    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final Path logFile;
    private final PrintStream console;
    private final BooleanSupplier running;

    LogEcho(String name, Path logFile, PrintStream console, BooleanSupplier running) {
        this.name = name;
        this.logFile = logFile;
        this.console = console;
        this.running = running;
    }

    static boolean isWarning(String line) {
        return WARNING.matcher(line).matches();
    }

    @Override
    public void run() {
        try (BufferedReader lines = Files.newBufferedReader(logFile, StandardCharsets.UTF_8)) {
            while (true) {
                boolean alive = running.getAsBoolean();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (isWarning(line)) {
                        console.println("[" + name + "] " + line);
                    }
                }
                if (!alive) {
                    return;
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        } catch (IOException e) {
            console.println("[" + name + "] cannot follow " + logFile + ": " + e.getMessage());
        }
    }
}
