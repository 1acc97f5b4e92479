package com.excelmedical.staffing.content;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.time.Duration;

/**
 * Settings of svc-content under {@code content.*}.
 *
 * @param siteUrl where the public site lives: the sitemap's and postings' links start with it
 */
@Validated
@ConfigurationProperties("content")
public record ContentProperties(@NotNull URI siteUrl, @NotNull Cache cache, @NotNull Landing landing, @NotNull Events events) {

    /** @param maxAge how long shared caches may keep a public read ({@code Cache-Control: public, max-age}) */
    public record Cache(@NotNull Duration maxAge) {
    }

    /**
     * @param newestPostings how many of a market's newest open jobs a landing page lists
     * @param cachedMarkets  how many markets' figures (and rendered landing pages) each instance keeps in memory
     * @param refresh        how long a rendered landing page is served before its parts' versions are read again
     * @param concurrency    how many landing page requests run at once; the others wait in arrival order
     * @param maxWait        how long a landing page request waits to start before it is refused (503)
     */
    public record Landing(@Min(1) int newestPostings, @Min(1) int cachedMarkets, @NotNull Duration refresh,
                          @Min(1) int concurrency, @NotNull Duration maxWait) {
    }

    /** The relay of pending {@code PagePublished} events. */
    public record Events(@NotNull Duration relayInterval, @Min(1) int relayBatchSize) {
    }
}
