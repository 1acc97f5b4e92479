package com.excelmedical.staffing.identity;

import com.excelmedical.staffing.platform.security.SecurityProperties;
import com.excelmedical.staffing.platform.security.TokenValidation;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class KeysIT extends IdentityIT {

    @LocalServerPort
    int port;
    @Autowired
    SecurityProperties security;

    @Test
    void anotherServiceVerifiesTheTokenWithTheJwksServedOnThePort() throws Exception {
        String email = uniqueEmail();
        register(email);
        String access = logIn(email, PASSWORD).get("access_token").asString();

        NimbusJwtDecoder decoder = TokenValidation.servletDecoder(asAnotherService(), clock);
        Jwt jwt = decoder.decode(access);

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("candidate");
        String jwks = RestClient.create().get().uri(jwksUri()).retrieve().body(String.class);
        assertThat(jwks).contains(SignedJWT.parse(access).getHeader().getKeyID()).doesNotContain("\"d\"");
    }

    @Test
    void rotationPublishesTheNewKeyAndKeepsTheOldOneUntilItsTokensHaveExpired() throws Exception {
        String email = uniqueEmail();
        register(email);
        String before = logIn(email, PASSWORD).get("access_token").asString();
        String oldKid = SignedJWT.parse(before).getHeader().getKeyID();

        String rotated = postJson("/identity/keys/rotation", Map.of(), adminToken())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String newKid = json.readTree(rotated).get("kid").asString();

        String after = logIn(email, PASSWORD).get("access_token").asString();
        assertThat(SignedJWT.parse(after).getHeader().getKeyID()).isEqualTo(newKid);
        assertThat(publishedKids()).contains(oldKid, newKid);
        mvc.perform(get("/identity/me").header("Authorization", "Bearer " + before)).andExpect(status().isOk());

        clock.advance(Duration.ofMinutes(17));
        assertThat(publishedKids()).contains(newKid).doesNotContain(oldKid);
    }

    private List<String> publishedKids() throws Exception {
        String body = mvc.perform(get("/identity/.well-known/jwks.json")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        List<String> kids = new ArrayList<>();
        for (JsonNode key : json.readTree(body).get("keys")) {
            kids.add(key.get("kid").asString());
        }
        return kids;
    }

    private String jwksUri() {
        return "http://localhost:" + port + "/identity/.well-known/jwks.json";
    }

    private SecurityProperties asAnotherService() {
        return new SecurityProperties(URI.create(jwksUri()), security.issuer(), security.audience(), security.algorithms(),
                security.clockSkew(), List.of(), security.verifiedTokensKeptFor(), security.verifiedTokensKept());
    }
}
