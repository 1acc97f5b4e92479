package com.excelmedical.staffing.platform.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The loop gives what Spring Security's default resolver gives, for every header tried: a token, none, or a refusal. */
class HeaderBearerTokenResolverTest {

    private final HeaderBearerTokenResolver resolver = new HeaderBearerTokenResolver();
    private final DefaultBearerTokenResolver reference = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer abc", "bearer abc", "BEARER abc==", "Bearer a-b.c_d~e+f/g", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
            "Bearer abc=", "Basic dXNlcjpwYXNz", "Token abc", "", "bear abc", "Bearer", "bearer", "Bearer ", "Bearer  abc",
            "Bearerabc", "Bearer= abc", "Bearer a=b", "Bearer ===", "Bearer abc\n", "Bearer ab c", "Bearer é", "Bearer abc\t",
            "Bearer\tabc", "Bearer abc;", "BeArEr xyz", "bearer: abc"})
    void agreesWithTheDefaultResolver(String header) {
        assertSameOutcome(header);
    }

    @Test
    void agreesOnRandomHeaders() {
        Random random = new Random(7);
        String alphabet = "aZ09-._~+/= \t;:é\nBbEeAaRr";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder header = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bearer" : "");
            int length = random.nextInt(12);
            for (int c = 0; c < length; c++) {
                header.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertSameOutcome(header.toString());
        }
    }

    @Test
    void noHeaderIsNoToken() {
        assertThat(resolver.resolve(new MockHttpServletRequest("GET", "/"))).isNull();
    }

    @Test
    void aMalformedTokenIsRefusedAsAnInvalidToken() {
        assertThatThrownBy(() -> resolver.resolve(withAuthorization("Bearer not a token")))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                        e -> assertThat(e.getError().getErrorCode()).isEqualTo("invalid_token"));
    }

    private void assertSameOutcome(String header) {
        Object expected = outcome(reference::resolve, header);
        Object actual = outcome(resolver::resolve, header);
        assertThat(actual).as("Authorization: [%s]", header).isEqualTo(expected);
    }

    private static Object outcome(java.util.function.Function<MockHttpServletRequest, String> resolve, String header) {
        try {
            String token = resolve.apply(withAuthorization(header));
            return token == null ? "no token" : "token " + token;
        } catch (OAuth2AuthenticationException e) {
            return "refused " + e.getError().getErrorCode() + ": " + e.getError().getDescription();
        }
    }

    private static MockHttpServletRequest withAuthorization(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Authorization", header);
        return request;
    }
}
