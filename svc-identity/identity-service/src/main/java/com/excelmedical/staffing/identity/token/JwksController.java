package com.excelmedical.staffing.identity.token;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.util.Map;

/** The public keys that verify access tokens (public route). */
@RestController
class JwksController {

    private final KeyRing keys;

    JwksController(KeyRing keys) {
        this.keys = keys;
    }

    @GetMapping(path = "/identity/.well-known/jwks.json", produces = "application/json")
    ResponseEntity<Map<String, Object>> jwks() {
        keys.activeKey();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(keys.publicKeys().toJSONObject(true));
    }
}
