package com.excelmedical.staffing.devstack;

import org.testcontainers.kafka.KafkaContainer;

/**
 * Apache Kafka in a container (Testcontainers). {@link #stop()} pauses the container, which keeps its
 * mapped port, so that the broker comes back at the same address.
 */
final class ContainerKafkaServer implements KafkaServer {

    static final String IMAGE = "apache/kafka:4.1.1";

    private final KafkaContainer container;
    private boolean running = true;

    private ContainerKafkaServer(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafkaServer launch() {
        KafkaContainer container = new KafkaContainer(IMAGE);
        container.start();
        return new ContainerKafkaServer(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public synchronized void stop() {
        if (running) {
            container.getDockerClient().pauseContainerCmd(container.getContainerId()).exec();
            running = false;
        }
    }

    @Override
    public synchronized void start() {
        if (!running) {
            container.getDockerClient().unpauseContainerCmd(container.getContainerId()).exec();
            running = true;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return running;
    }

    @Override
    public void close() {
        container.stop();
    }
}
