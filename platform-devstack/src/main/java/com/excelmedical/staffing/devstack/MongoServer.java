package com.excelmedical.staffing.devstack;

/** A running server that speaks the MongoDB wire protocol. */
public interface MongoServer extends AutoCloseable {

    /** The connection string of the given database, for example {@code mongodb://127.0.0.1:27017/content}. */
    String connectionString(String database);

    int port();

    @Override
    void close();
}
