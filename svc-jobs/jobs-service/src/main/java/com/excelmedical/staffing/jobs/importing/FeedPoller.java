package com.excelmedical.staffing.jobs.importing;

import com.excelmedical.staffing.jobs.JobsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLConnection;

/**
 * Polls the LaborEdge feed when {@code jobs.import.feed-url} is set and runs the same import as the
 * upload route. The URL may be {@code http(s):} or {@code file:}.
 */
@Component
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final JobImporter importer;
    private final JsonMapper json;
    private final JobsProperties.Import settings;

    FeedPoller(JobImporter importer, JsonMapper json, JobsProperties properties) {
        this.importer = importer;
        this.json = json;
        this.settings = properties.importing();
    }

    /** Runs the import of the configured feed, if one is configured; a failure is logged and retried next time. */
    public void pollConfiguredFeed() {
        if (settings.feedUrl() == null || settings.feedUrl().toString().isBlank()) {
            return;
        }
        try {
            poll(settings.feedUrl());
        } catch (RuntimeException e) {
            log.warn("polling the LaborEdge feed failed; trying again in {}", settings.pollInterval(), e);
        }
    }

    ImportReport poll(URI feedUrl) {
        JsonNode feed = read(feedUrl);
        JsonNode jobs = feed.isArray() ? feed : feed.get("jobs");
        if (jobs == null || !jobs.isArray()) {
            throw new IllegalStateException("the feed at " + feedUrl + " has no jobs array");
        }
        JsonNode full = feed.get("fullFeed");
        ImportReport report = importer.importFeed(jobs, full == null ? settings.fullFeed() : full.asBoolean(), "poller", null);
        return report;
    }

    private JsonNode read(URI feedUrl) {
        try {
            URLConnection connection = feedUrl.toURL().openConnection();
            connection.setConnectTimeout(10_000);
            connection.setReadTimeout(60_000);
            try (InputStream in = connection.getInputStream()) {
                return json.readTree(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feed at " + feedUrl, e);
        }
    }
}
