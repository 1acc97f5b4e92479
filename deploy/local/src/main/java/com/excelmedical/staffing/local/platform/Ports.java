package com.excelmedical.staffing.local.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ports of a local run, each named by the environment variable that moves it. The command takes
 * them from the environment (defaults otherwise); the end-to-end test lets the system pick free ones.
 */
public final class Ports {

    private final Map<String, String> environment;
    private final boolean anyFree;
    private final Map<String, Integer> chosen = new LinkedHashMap<>();

    private Ports(Map<String, String> environment, boolean anyFree) {
        this.environment = environment;
        this.anyFree = anyFree;
    }

    public static Ports fromEnvironment(Map<String, String> environment) {
        return new Ports(Map.copyOf(environment), false);
    }

    /** Every port a free one, so that a test does not collide with a local run on the same machine. */
    public static Ports anyFree() {
        return new Ports(Map.of(), true);
    }

    public synchronized int port(String variable, int defaultPort) {
        return chosen.computeIfAbsent(variable, name -> {
            if (anyFree) {
                return freePort();
            }
            String value = environment.get(name);
            if (value == null || value.isBlank()) {
                return defaultPort;
            }
            try {
                return Integer.parseInt(value.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " is not a port number: " + value);
            }
        });
    }

    /** Fails with a message naming the port, who wanted it and the variable that moves it, when it is taken. */
    public void requireFree(String variable, int defaultPort, String owner) {
        int port = port(variable, defaultPort);
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            probe.setReuseAddress(true);
        } catch (IOException taken) {
            throw new PortTakenException("Port " + port + " (" + owner + ") is already in use. Stop what listens there, "
                    + "or move " + owner + " to another port: " + variable + "=<port> deploy/local/run");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    /** A port the local run needs is taken by another program. */
    public static final class PortTakenException extends RuntimeException {
        PortTakenException(String message) {
            super(message);
        }
    }
}
