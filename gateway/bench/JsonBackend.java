import com.sun.net.httpserver.HttpServer;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * A small JSON resource for the benchmark: answers every GET with the same ~300-byte body, after an
 * optional delay that stands for the service's own work (database, serialization).
 * Run: java JsonBackend.java <port> [delayMillis]
 */
public class JsonBackend {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        long delay = args.length > 1 ? Long.parseLong(args[1]) : 0;
        byte[] body = ("{\"items\":[{\"code\":\"ICU\",\"name\":\"Intensive Care Unit\"},{\"code\":\"ER\",\"name\":\"Emergency Room\"},"
                + "{\"code\":\"MS\",\"name\":\"Medical-Surgical\"},{\"code\":\"L&D\",\"name\":\"Labor and Delivery\"},"
                + "{\"code\":\"OR\",\"name\":\"Operating Room\"}],\"page\":0,\"size\":5,\"totalItems\":5,\"totalPages\":1}")
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                if (delay > 0) {
                    Thread.sleep(delay);
                }
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
        System.out.println("backend on " + port + " (delay " + delay + " ms)");
    }
}
