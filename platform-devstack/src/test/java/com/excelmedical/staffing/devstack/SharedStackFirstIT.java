package com.excelmedical.staffing.devstack;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@link SharedStackSecondIT}: two test classes, two Spring contexts, one set of servers. */
@SpringJUnitConfig(SharedStackFirstIT.Empty.class)
@UseDevStack(postgres = "candidates", kafka = true, mongo = "content")
class SharedStackFirstIT {

    @Configuration
    static class Empty {
    }

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Value("${spring.mongodb.uri}")
    String mongoUri;

    @Test
    void getsTheSharedServersStartedOnce() {
        DevStack stack = DevStack.shared();
        assertThat(datasourceUrl).isEqualTo(stack.postgres().jdbcUrl("candidates"));
        assertThat(bootstrapServers).isEqualTo(stack.kafka().bootstrapServers());
        assertThat(mongoUri).isEqualTo(stack.mongo().connectionString("content"));
        for (DevStack.Server server : DevStack.Server.values()) {
            assertThat(stack.starts(server)).as(server.name()).isEqualTo(1);
        }
    }
}
