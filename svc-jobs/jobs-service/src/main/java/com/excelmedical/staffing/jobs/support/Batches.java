package com.excelmedical.staffing.jobs.support;

import org.springframework.transaction.support.TransactionTemplate;

import java.util.function.IntSupplier;

/**
 * Works through a backlog one transaction per batch, so that a long backlog never holds one long
 * transaction and a failure loses at most the batch in hand (it stays in the backlog for the next run).
 */
public final class Batches {

    private Batches() {
    }

    /**
     * Runs {@code batch} in a transaction of its own again and again until it takes fewer than
     * {@code batchSize} items, which means the backlog is empty.
     *
     * @param batch takes at most {@code batchSize} items off the backlog and returns how many it took
     * @return how many items were taken in all
     */
    public static int drain(TransactionTemplate transactions, int batchSize, IntSupplier batch) {
        int total = 0;
        int taken;
        do {
            Integer result = transactions.execute(status -> batch.getAsInt());
            taken = result == null ? 0 : result;
            total += taken;
        } while (taken >= batchSize);
        return total;
    }
}
