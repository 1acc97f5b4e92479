package com.excelmedical.staffing.local.platform;

import com.excelmedical.staffing.devstack.DevStack;
import com.excelmedical.staffing.devstack.DevStackLauncher;
import com.excelmedical.staffing.devstack.DevStackMode;
import com.excelmedical.staffing.devstack.DevStackSettings;
import com.excelmedical.staffing.local.services.ClassDataArchive;
import com.excelmedical.staffing.local.services.JvmOptions;
import com.excelmedical.staffing.local.services.PlatformServices;
import com.excelmedical.staffing.local.services.ServiceJars;
import com.excelmedical.staffing.local.services.ServiceProcess;
import com.excelmedical.staffing.local.services.ServiceSpec;
import com.excelmedical.staffing.local.services.Wiring;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * The whole platform on this machine: the infrastructure from platform-devstack in this JVM, every service
 * and the gateway as a process of its own started from its jar, Prometheus when installed. Closing it
 * stops the gateway and the services, then the infrastructure.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final int POSTGRES_PORT = 55432;
    private static final int KAFKA_PORT = 59092;
    private static final int MONGO_PORT = 57017;

    private final LocalSettings settings;
    private final DataDirectory data;
    private final PrintStream console;
    private final List<ServiceSpec> services;
    private final List<ServiceProcess> processes = new ArrayList<>();
    private final Map<ServiceProcess, Path> archivesToWrite = new LinkedHashMap<>();
    private final Set<ServiceProcess> recording = new HashSet<>();
    private DevStack stack;
    private Wiring wiring;
    private Prometheus prometheus;
    private Duration readyAfter;
    private boolean closed;

    private LocalPlatform(LocalSettings settings, PrintStream console) {
        this.settings = settings;
        this.data = new DataDirectory(settings.dataDir());
        this.console = console;
        this.services = PlatformServices.present(settings.root());
    }

    /** Starts everything and returns once every readiness probe is green; on any failure stops what started. */
    public static LocalPlatform start(LocalSettings settings, PrintStream console) {
        LocalPlatform platform = create(settings, console);
        platform.startAll();
        return platform;
    }

    /** A platform not started yet, so that a shutdown hook can hold it before {@link #startAll()}. */
    public static LocalPlatform create(LocalSettings settings, PrintStream console) {
        return new LocalPlatform(settings, console);
    }

    /** Starts everything and returns once every readiness probe is green; on any failure stops what started. */
    public void startAll() {
        try {
            startEverything();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private void startEverything() {
        long begin = System.nanoTime();
        Ports ports = settings.ports();
        ports.requireFree("DEVSTACK_POSTGRES_PORT", POSTGRES_PORT, "PostgreSQL");
        ports.requireFree("DEVSTACK_KAFKA_PORT", KAFKA_PORT, "Kafka");
        ports.requireFree("DEVSTACK_MONGO_PORT", MONGO_PORT, "MongoDB");
        for (ServiceSpec service : services) {
            ports.requireFree(service.portVariable(), service.defaultPort(), service.name());
            if (service.managementPort().separate()) {
                ports.requireFree(service.managementPort().variable(), service.managementPort().defaultPort(),
                        service.name() + " management");
            }
        }
        data.prepare(settings.keepData());

        ServiceJars jars = new ServiceJars(settings.root(), data.cache(), settings.java());
        List<Path> applications = extractAll(jars);

        DevStack devStack = new DevStack(new DevStackSettings(DevStackMode.EMBEDDED, data.devstack(),
                ports.port("DEVSTACK_POSTGRES_PORT", POSTGRES_PORT), ports.port("DEVSTACK_KAFKA_PORT", KAFKA_PORT),
                ports.port("DEVSTACK_MONGO_PORT", MONGO_PORT), data.cache().resolve("postgres-binaries")));
        synchronized (this) {
            requireOpen();
            stack = devStack;
        }
        DevStackLauncher.startAll(devStack);
        console.printf("infrastructure up in %d s (PostgreSQL, Kafka, MongoDB)%n", seconds(begin));
        wiring = new Wiring(stack, ports, data.identityKey());

        for (int i = 0; i < services.size(); i++) {
            ServiceSpec service = services.get(i);
            Path archive = settings.classDataArchives() && settings.jvmOptions().isEmpty()
                    ? ClassDataArchive.of(jars.cache(service), service) : null;
            boolean archived = archive != null && Files.isRegularFile(archive);
            if (archive != null && !archived) {
                ClassDataArchive.removeStale(archive, service);
            }
            List<String> options = settings.jvmOptions().orElseGet(() -> JvmOptions.of(service, archive, data.tmp()));
            Map<String, String> environment = service.environment().apply(wiring);
            synchronized (this) {
                requireOpen();
                ServiceProcess process = ServiceProcess.start(service, settings.java(), options, applications.get(i), environment,
                        wiring.managementPort(service), data.logs().resolve(service.name() + ".log"), console);
                processes.add(process);
                if (archive != null && !archived) {
                    archivesToWrite.put(process, archive);
                    recording.add(process);
                }
            }
        }
        if (settings.prometheus()) {
            synchronized (this) {
                requireOpen();
                prometheus = Prometheus.startIfInstalled(settings.root(), data).orElse(null);
            }
        }
        new Readiness(processes, console).await(settings.readyWithin());
        readyAfter = Duration.ofNanos(System.nanoTime() - begin);
    }

    /**
     * Writes the AOT cache of every service that started without one, one service at a time (each cache is
     * assembled by a JVM of its own, which needs memory and CPU); the next start maps them. Returns the
     * services written.
     */
    public List<String> writeClassDataArchives() {
        Map<ServiceProcess, Path> pending;
        synchronized (this) {
            pending = new LinkedHashMap<>(archivesToWrite);
            archivesToWrite.clear();
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<ServiceProcess, Path> entry : pending.entrySet()) {
            synchronized (this) {
                if (closed) {
                    break;
                }
            }
            boolean done = ClassDataArchive.write(settings.java(), entry.getKey().handle(), entry.getValue());
            synchronized (this) {
                recording.remove(entry.getKey());
            }
            if (done) {
                written.add(entry.getKey().service().name());
            }
        }
        return written;
    }

    /** The services that started without a class-data archive, whose archive is still to be written. */
    public synchronized List<String> archivesToWrite() {
        return archivesToWrite.keySet().stream().map(process -> process.service().name()).toList();
    }

    private Duration grace(ServiceProcess process) {
        return recording.contains(process) ? ServiceProcess.SHUTDOWN_WHILE_RECORDING : ServiceProcess.STOP_GRACE;
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("stopped while starting");
        }
    }

    private List<Path> extractAll(ServiceJars jars) {
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = services.stream().map(service -> pool.submit(() -> jars.extracted(service))).toList();
            return futures.stream().map(future -> {
                try {
                    return future.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e.getCause() == null ? e : e.getCause());
                }
            }).toList();
        }
    }

    private static long seconds(long begin) {
        return Duration.ofNanos(System.nanoTime() - begin).toSeconds();
    }

    public List<ServiceSpec> services() {
        return services;
    }

    public boolean runs(String serviceName) {
        return services.stream().anyMatch(service -> service.name().equals(serviceName));
    }

    public URI gateway() {
        return URI.create("http://localhost:" + wiring.port(PlatformServices.GATEWAY));
    }

    public URI gatewayManagement() {
        return URI.create("http://localhost:" + wiring.managementPort(PlatformServices.GATEWAY));
    }

    public Optional<URI> prometheus() {
        return Optional.ofNullable(prometheus).map(running -> URI.create("http://localhost:" + Prometheus.PORT));
    }

    public Duration readyAfter() {
        return readyAfter;
    }

    public DataDirectory data() {
        return data;
    }

    public List<ServiceProcess> processes() {
        return List.copyOf(processes);
    }

    /**
     * Every operating-system process of the run besides this JVM: the services and the gateway, Prometheus,
     * and PostgreSQL, whose server detaches from its starter, so it is found by its data directory.
     */
    public List<ProcessHandle> allProcesses() {
        List<ProcessHandle> all = new ArrayList<>();
        String dataDir = data.root().toString();
        ProcessHandle.current().descendants().forEach(all::add);
        ProcessHandle.allProcesses()
                .filter(process -> process.info().commandLine().map(line -> line.contains(dataDir)).orElse(false))
                .filter(process -> !process.equals(ProcessHandle.current()))
                .forEach(process -> {
                    all.add(process);
                    process.descendants().forEach(all::add);
                });
        return all.stream().distinct().toList();
    }

    /**
     * The gateway first, then the services (at once), then Prometheus and the infrastructure. A service still
     * recording for its AOT cache would assemble the cache at its exit (minutes on a busy machine): it gets
     * only the time its graceful shutdown needs, and is then stopped without the cache.
     */
    @Override
    public synchronized void close() {
        closed = true;
        List<ServiceProcess> gateways = processes.stream().filter(p -> p.service() == PlatformServices.GATEWAY).toList();
        gateways.forEach(p -> p.stop(grace(p)));
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (ServiceProcess process : processes.stream().filter(p -> !gateways.contains(p)).toList()) {
                Duration grace = grace(process);
                pool.submit(() -> process.stop(grace));
            }
        }
        processes.clear();
        recording.clear();
        if (prometheus != null) {
            prometheus.close();
            prometheus = null;
        }
        if (stack != null) {
            stack.close();
            stack = null;
        }
    }
}
