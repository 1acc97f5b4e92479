package com.excelmedical.staffing.identity.token;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import java.util.List;
import java.util.Set;

/** Lets Nimbus find the verification key of a token in the key ring, by the token's {@code kid}. */
class KeyRingJwkSource implements JWKSource<SecurityContext> {

    private final KeyRing keys;

    KeyRingJwkSource(KeyRing keys) {
        this.keys = keys;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) {
        Set<String> kids = selector.getMatcher().getKeyIDs();
        String kid = kids == null || kids.size() != 1 ? null : kids.iterator().next();
        return selector.select(new JWKSet(keys.find(kid)));
    }
}
