package com.excelmedical.staffing.devstack;

import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/**
 * A MongoDB-wire-compatible server in this JVM (mongo-java-server, memory backend). It has CRUD,
 * indexes and aggregation, but no {@code $text} search, no multi-document transactions and no
 * change streams.
 */
final class EmbeddedMongoServer implements MongoServer {

    private final de.bwaldvogel.mongo.MongoServer server;
    private final InetSocketAddress address;

    private EmbeddedMongoServer(de.bwaldvogel.mongo.MongoServer server, InetSocketAddress address) {
        this.server = server;
        this.address = address;
    }

    static EmbeddedMongoServer launch(int port) {
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", FreePorts.orFree(port));
        return new EmbeddedMongoServer(server, server.getLocalAddress());
    }

    @Override
    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    @Override
    public int port() {
        return address.getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
    }
}
