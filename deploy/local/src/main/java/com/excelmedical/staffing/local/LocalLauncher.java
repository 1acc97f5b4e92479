package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.demo.DemoContext;
import com.excelmedical.staffing.local.demo.DemoData;
import com.excelmedical.staffing.local.demo.GatewayClient;
import com.excelmedical.staffing.local.platform.LocalPlatform;
import com.excelmedical.staffing.local.platform.LocalSettings;
import com.excelmedical.staffing.local.platform.Ports;

import sun.misc.Signal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code deploy/local/run}: starts the whole platform, loads the demo data through the gateway, prints
 * where everything is, and runs until Ctrl-C or SIGTERM, which stop the services, then the infrastructure.
 * Arguments: {@code --keep-data}. Environment: see {@link LocalSettings#fromCommandLine}.
 */
public final class LocalLauncher {

    private LocalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("local.root", ".")).toAbsolutePath().normalize();
        LocalSettings settings = LocalSettings.fromCommandLine(root, args, System.getenv());
        // the infrastructure's own log (PostgreSQL, Kafka) and every temporary file stay in the data directory
        System.setProperty("local.logDir", settings.dataDir().resolve("logs").toString());
        System.setProperty("java.io.tmpdir", Files.createDirectories(settings.dataDir().resolve("tmp")).toString());
        PrintStream console = System.out;

        LocalPlatform platform = LocalPlatform.create(settings, console);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (stopping.compareAndSet(false, true)) {
                console.println("stopping: gateway and services, then the infrastructure ...");
                platform.close();
                console.println("stopped; data kept in " + settings.dataDir() + " (deploy/local/run --keep-data reuses it)");
            }
            stopped.countDown();
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "local-shutdown"));
        // Shutdown hooks run at once, and the embedded PostgreSQL has one of its own: on SIGTERM it stopped the
        // database under the services' graceful shutdown, which then waited out the 30 s bound. So a signal
        // stops the platform in order first, and only then exits.
        for (String signal : List.of("INT", "TERM")) {
            Signal.handle(new Signal(signal), received -> {
                stop.run();
                System.exit(128 + received.getNumber());
            });
        }

        try {
            platform.startAll();
        } catch (Ports.PortTakenException e) {
            console.println(e.getMessage());
            System.exit(2);
        }
        console.printf("every service ready after %.1f s%n", platform.readyAfter().toMillis() / 1000.0);
        try (GatewayClient gateway = new GatewayClient(platform.gateway())) {
            DemoData.load(new DemoContext(gateway, platform::runs), console);
        } catch (RuntimeException e) {
            console.println("demo data could not be loaded (the platform keeps running): " + e.getMessage());
        }
        Summary.print(platform, console);
        List<String> toArchive = platform.archivesToWrite();
        if (!toArchive.isEmpty()) {
            console.println("writing the AOT caches of " + String.join(", ", toArchive)
                    + " for faster starts from now on (one at a time, each assembled by a JVM of its own) ...");
            long begin = System.nanoTime();
            List<String> written = platform.writeClassDataArchives();
            console.printf("AOT caches written in %d s: %s%n", (System.nanoTime() - begin) / 1_000_000_000L,
                    written.isEmpty() ? "none" : String.join(", ", written));
        }
        stopped.await();
    }
}
