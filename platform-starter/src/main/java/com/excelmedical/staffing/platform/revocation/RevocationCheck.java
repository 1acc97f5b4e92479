package com.excelmedical.staffing.platform.revocation;

import com.excelmedical.staffing.platform.security.TokenValidation;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Refuses a verified token that the {@link RevocationList} names, as a bad token: the servlet services'
 * resource server and the gateway's token check answer it with 401 like any invalid token.
 */
public final class RevocationCheck {

    public static final String SESSION_CLAIM = "sid";

    private RevocationCheck() {
    }

    /** @return the token, when it is not revoked */
    public static Jwt verify(RevocationList revocations, Jwt jwt) {
        if (revocations.isEmpty()) {
            return jwt;
        }
        if (revocations.isRevoked(jwt.getClaimAsString(SESSION_CLAIM), jwt.getSubject(), jwt.getIssuedAt(),
                () -> jwt.getClaimAsStringList(TokenValidation.ROLES_CLAIM))) {
            throw new BadJwtException("The access token was revoked");
        }
        return jwt;
    }

    /** The decoder's checks, then the revocation list's. */
    public static JwtDecoder decoder(JwtDecoder decoder, RevocationList revocations) {
        return token -> verify(revocations, decoder.decode(token));
    }
}
