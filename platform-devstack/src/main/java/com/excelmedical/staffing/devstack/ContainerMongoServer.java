package com.excelmedical.staffing.devstack;

import org.testcontainers.mongodb.MongoDBContainer;

/** MongoDB in a container (Testcontainers), used when a Docker engine is reachable. */
final class ContainerMongoServer implements MongoServer {

    static final String IMAGE = "mongo:8.0";

    private final MongoDBContainer container;

    private ContainerMongoServer(MongoDBContainer container) {
        this.container = container;
    }

    static ContainerMongoServer launch() {
        MongoDBContainer container = new MongoDBContainer(IMAGE);
        container.start();
        return new ContainerMongoServer(container);
    }

    @Override
    public String connectionString(String database) {
        return "mongodb://" + container.getHost() + ":" + port() + "/" + database;
    }

    @Override
    public int port() {
        return container.getMappedPort(27017);
    }

    @Override
    public void close() {
        container.stop();
    }
}
