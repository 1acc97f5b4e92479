package com.excelmedical.staffing.platform.testapp;

import com.excelmedical.staffing.platform.test.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class TokenIT extends StarterIT {

    private static final UUID USER = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    private ResultActions call(String path, String token) throws Exception {
        return mvc.perform(get(path).header("Authorization", "Bearer " + token));
    }

    @Test
    void acceptsAValidTokenAndKnowsItsUser() throws Exception {
        call("/admin/notes", TOKENS.forUser(USER, "admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.admin").value(USER.toString()));
    }

    @Test
    void refusesARequestWithoutTokenWithProblemDetails() throws Exception {
        mvc.perform(get("/notes/" + UUID.randomUUID()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/unauthorized"))
                .andExpect(jsonPath("$.status").value(401));
    }

    @Test
    void letsAPublicRouteThroughWithoutToken() throws Exception {
        mvc.perform(get("/public/ping")).andExpect(status().isOk());
    }

    @Test
    void refusesATokenWithABadSignature() throws Exception {
        call("/admin/notes", TOKENS.signedByUnknownKey(USER, "admin"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }

    @Test
    void refusesAnUnsignedTokenWithAlgNone() throws Exception {
        call("/admin/notes", TOKENS.unsigned(USER, "admin")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenSignedWithHmacUsingThePublicKeyAsSecret() throws Exception {
        byte[] secret = TOKENS.publicKey().toPublicKey().getEncoded();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(TestTokens.KEY_ID).build(),
                new JWTClaimsSet.Builder().issuer(TestTokens.ISSUER).audience("staffing-api").subject(USER.toString())
                        .claim("roles", List.of("admin")).expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        forged.sign(new MACSigner(secret));
        call("/admin/notes", forged.serialize()).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        call("/admin/notes", TOKENS.expired(USER, "admin")).andExpect(status().isUnauthorized());
    }

    @Test
    void refusesATokenForAnotherAudienceOrIssuer() throws Exception {
        call("/admin/notes", TOKENS.forAudience("another-api", USER, "admin"))
                .andExpect(status().isUnauthorized());
        call("/admin/notes", TOKENS.fromIssuer("https://evil.example", USER, "admin"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void refusesAValidTokenWithoutTheRoleWith403ProblemDetails() throws Exception {
        call("/admin/notes", TOKENS.forUser(USER, "candidate"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.type").value("https://staffing.excelmedical.com/problems/forbidden"));
    }
}
