package com.excelmedical.staffing.content.market;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection of the landing benchmark's client thread, as platform-test's
 * {@code LoadConnection} (each request in one write, {@code TCP_NODELAY}, the answer read and dropped) but able to
 * send {@code If-None-Match}, which a conditional GET needs. Answers carry a {@code Content-Length} (or none, for
 * a 304); a {@code Connection: close} answer closes it and the next request opens another. Not thread-safe.
 */
final class ConditionalConnection implements AutoCloseable {

    private final URI uri;
    private final byte[] request;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    ConditionalConnection(URI uri, String ifNoneMatch) {
        this.uri = uri;
        String head = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: application/json\r\n" + (ifNoneMatch == null ? "" : "If-None-Match: " + ifNoneMatch + "\r\n") + "\r\n";
        this.request = head.getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends the request and reads the whole answer; returns its status. */
    int send() throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
            out = socket.getOutputStream();
        }
        out.write(request);
        out.flush();
        int code = Integer.parseInt(line().substring(9, 12));
        long length = 0;
        boolean close = false;
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> throw new IOException("unexpected Transfer-Encoding: " + value);
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        in.skipNBytes(length);
        if (close) {
            close();
        }
        return code;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a connection that is being dropped anyway
            }
            socket = null;
        }
    }
}
