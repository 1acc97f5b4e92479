package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.identity.web.ClientInfo;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.excelmedical.staffing.identity.role.RoleCatalog;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.Set;
import java.util.UUID;

@RestController
class MeController {

    record MeResponse(UUID userId, String email, String firstName, String lastName, String phone, Set<String> roles,
                      Set<String> permissions, String status, boolean emailVerified) {
    }

    record ErasureResponse(UUID userId, String status) {
    }

    private final Accounts accounts;
    private final RoleCatalog roles;

    MeController(Accounts accounts, RoleCatalog roles) {
        this.accounts = accounts;
        this.roles = roles;
    }

    @GetMapping("/identity/me")
    MeResponse me(CurrentUser current) {
        UserResponse user = UserResponse.of(accounts.get(current.id()));
        return new MeResponse(user.userId(), user.email(), user.firstName(), user.lastName(), user.phone(), user.roles(),
                roles.permissionsOf(user.roles()), user.status(), user.emailVerified());
    }

    /** Right to erasure (GDPR Art. 17): closed at once; other services erase on {@code UserErased}. */
    @PostMapping("/identity/me/erasure")
    @ApiResponse(responseCode = "409", description = "The account is already closed")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ErasureResponse erase(CurrentUser current, HttpServletRequest http) {
        User user = accounts.erase(current.id(), ClientInfo.of(http));
        return new ErasureResponse(user.id(), user.status().value());
    }
}
