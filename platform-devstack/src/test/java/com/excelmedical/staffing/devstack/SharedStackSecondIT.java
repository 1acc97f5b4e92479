package com.excelmedical.staffing.devstack;

import com.excelmedical.staffing.devstack.test.UseDevStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

/** With {@link SharedStackFirstIT}: a different database on the same PostgreSQL server. */
@SpringJUnitConfig(SharedStackSecondIT.Empty.class)
@UseDevStack(postgres = "referrals", kafka = true, mongo = "content")
class SharedStackSecondIT {

    @Configuration
    static class Empty {
    }

    @Value("${spring.datasource.url}")
    String datasourceUrl;

    @Autowired
    Environment environment;

    @Test
    void getsItsOwnDatabaseOnTheSameServer() throws SQLException {
        DevStack stack = DevStack.shared();
        assertThat(datasourceUrl).isEqualTo("jdbc:postgresql://127.0.0.1:" + stack.postgres().port() + "/referrals");
        assertThat(RoundTrips.postgres(stack.postgres(), "referrals")).startsWith("17.");
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(stack.kafka().bootstrapServers());
        for (DevStack.Server server : DevStack.Server.values()) {
            assertThat(stack.starts(server)).as(server.name()).isEqualTo(1);
        }
    }
}
