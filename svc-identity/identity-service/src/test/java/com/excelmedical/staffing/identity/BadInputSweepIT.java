package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.platform.test.sweep.BadInputSweep;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

import java.util.UUID;

/** Every operation of the served document, sent bad input: no 5xx, problem details, no account, session or key stored. */
class BadInputSweepIT extends IdentityIT {

    @Value("${local.server.port}")
    int port;

    @Test
    void badInputIsRefusedWithProblemDetailsAndNothingIsStored() throws Exception {
        BadInputSweep.against(port)
                .tokens(this::tokenWithRole)
                .stored(() -> jdbc.queryForList("select (select count(*) from users) as users, (select count(*) from user_roles)"
                        + " as roles, (select count(*) from sessions) as sessions, (select count(*) from signing_keys) as keys"))
                .validBody("POST /identity/register", """
                        {"email": "%s", "password": "%s", "firstName": "Ada", "lastName": "Nightingale",
                         "consents": {"dataProcessing": true}}""".formatted(uniqueEmail(), PASSWORD))
                .validBody("POST /identity/users", """
                        {"email": "%s", "password": "%s", "firstName": "Ada", "lastName": "Nightingale",
                         "roles": ["recruiter"]}""".formatted(uniqueEmail(), PASSWORD))
                .validBody("POST /identity/token", "{\"email\": \"nobody@example.com\", \"password\": \"wrong\"}")
                .run();
    }

    private String tokenWithRole(String role) {
        try {
            String email = uniqueEmail();
            UUID id = register(email);
            if (!"candidate".equals(role)) {
                jdbc.update("insert into user_roles (user_id, role) values (?, ?)", id, role);
            }
            return logIn(email, PASSWORD).get("access_token").asString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
