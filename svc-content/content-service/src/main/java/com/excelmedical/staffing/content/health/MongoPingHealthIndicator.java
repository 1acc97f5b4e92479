package com.excelmedical.staffing.content.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * MongoDB's health by a {@code ping}, in place of Spring Boot's check (its bean name replaces that one), which
 * sends {@code hello}: the MongoDB-compatible server of the local run and the tests does not know that command,
 * so the service would never report ready there. {@code ping} is answered by every MongoDB since 2.x.
 */
@Component("mongoHealthContributor")
class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB health check failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.up().withDetail("ping", answer.get("ok"));
    }
}
