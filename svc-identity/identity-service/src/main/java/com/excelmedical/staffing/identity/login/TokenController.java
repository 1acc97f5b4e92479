package com.excelmedical.staffing.identity.login;

import com.excelmedical.staffing.identity.web.ClientInfo;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.excelmedical.staffing.identity.token.AccessTokens;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

@RestController
class TokenController {

    record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 1024) String password) {
    }

    record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 200) String refreshToken) {
    }

    private final LoginService logins;

    TokenController(LoginService logins) {
        this.logins = logins;
    }

    @PostMapping("/identity/token")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", description = "The email or the password is incorrect")
    @ApiResponse(responseCode = "423", description = "Too many failed logins: locked for a while")
    ResponseEntity<TokenResponse> token(@Valid @RequestBody LoginRequest request, HttpServletRequest http) {
        return noStore(logins.logIn(request.email(), request.password(), ClientInfo.of(http)));
    }

    @PostMapping("/identity/token/refresh")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "401", description = "The refresh token is not valid; log in again")
    ResponseEntity<TokenResponse> refresh(@Valid @RequestBody RefreshRequest request, HttpServletRequest http) {
        return noStore(logins.refresh(request.refreshToken(), ClientInfo.of(http)));
    }

    @PostMapping("/identity/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@AuthenticationPrincipal Jwt token, HttpServletRequest http) {
        String sessionId = token.getClaimAsString(AccessTokens.SESSION_CLAIM);
        if (sessionId != null) {
            logins.logOut(UUID.fromString(token.getSubject()), UUID.fromString(sessionId), ClientInfo.of(http));
        }
    }

    private static ResponseEntity<TokenResponse> noStore(TokenResponse tokens) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache").body(tokens);
    }
}
