package com.excelmedical.staffing.local.platform;

import com.excelmedical.staffing.local.services.ServiceProcess;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/** Waits until every process's readiness probe answers 200, reporting each as it turns green. */
final class Readiness {

    private static final Duration POLL = Duration.ofMillis(250);

    private final List<ServiceProcess> processes;
    private final PrintStream console;

    Readiness(List<ServiceProcess> processes, PrintStream console) {
        this.processes = processes;
        this.console = console;
    }

    void await(Duration timeout) {
        long begin = System.nanoTime();
        long deadline = begin + timeout.toNanos();
        List<ServiceProcess> waiting = new ArrayList<>(processes);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (!waiting.isEmpty()) {
                waiting.removeIf(process -> {
                    boolean ready = process.ready(http);
                    if (ready) {
                        console.printf("%-10s ready after %4.1f s%n", process.service().name(), (System.nanoTime() - begin) / 1e9);
                    }
                    return ready;
                });
                if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                    throw new IllegalStateException("not ready after " + timeout.toSeconds() + " s: "
                            + String.join(", ", waiting.stream().map(p -> p.service().name() + " (" + p.logFile() + ")").toList()));
                }
                LockSupport.parkNanos(POLL.toNanos());
            }
        }
    }
}
