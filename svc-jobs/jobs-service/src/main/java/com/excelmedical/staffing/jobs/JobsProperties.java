package com.excelmedical.staffing.jobs;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/** Settings of svc-jobs under {@code jobs.*}. */
@Validated
@ConfigurationProperties("jobs")
public record JobsProperties(@NotNull Search search, @NotNull Views views, @NotNull Events events, @NotNull Expiry expiry,
                             @NotNull Alerts alerts, @Name("import") @NotNull Import importing) {

    /**
     * @param maxResults  how deep a search may page: page * size + size never exceeds it
     * @param concurrency how many searches run at once; more wait their turn in arrival order
     * @param maxWait     how long a search waits for its turn before it is answered 503 (overload)
     */
    public record Search(@Min(100) int maxResults, @Min(1) int concurrency, @NotNull Duration maxWait) {
    }

    public record Views(@NotNull Duration flushInterval) {
    }

    /** The relay that publishes events the import recorded on job rows. */
    public record Events(@NotNull Duration relayInterval, @Min(1) int relayBatchSize) {
    }

    public record Expiry(@NotNull Duration interval) {
    }

    public record Alerts(@NotNull Duration digestInterval) {
    }

    /** @param feedUrl a LaborEdge feed to poll; none configured means no polling */
    public record Import(URI feedUrl, @NotNull Duration pollInterval, boolean fullFeed) {
    }
}
