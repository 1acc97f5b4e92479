package com.excelmedical.staffing.devstack;

/** A running Kafka broker; it can be stopped and started again on the same address. */
public interface KafkaServer extends AutoCloseable {

    String bootstrapServers();

    /** Stops the broker, keeping its address and data, so that fault tests can take it away. */
    void stop();

    /** Starts the broker again after {@link #stop()}, on the same address and with the same data. */
    void start();

    boolean isRunning();

    @Override
    void close();
}
