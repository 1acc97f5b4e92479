package com.excelmedical.staffing.identity.account;

import com.excelmedical.staffing.identity.web.ClientInfo;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

@RestController
class RegistrationController {

    static final String PHONE = "^\\+?[0-9 ()\\-.]{7,30}$";

    record Consents(@NotNull @AssertTrue(message = "consent to data processing is required") Boolean dataProcessing,
                    Boolean marketing) {
    }

    /** The password's rules (length, common passwords) are checked by the password policy, which names them. */
    record RegistrationRequest(@NotBlank @Email @Size(max = 254) String email,
                               @NotNull String password,
                               @NotBlank @Size(max = 100) String firstName,
                               @NotBlank @Size(max = 100) String lastName,
                               @Size(max = 30) @Pattern(regexp = PHONE) String phone,
                               @Size(max = 40) @Pattern(regexp = "^[A-Za-z0-9_-]+$") String referralCode,
                               @NotNull @Valid Consents consents) {
    }

    record RegistrationResponse(UUID userId, String email, Set<String> roles, String status) {
    }

    private final Accounts accounts;

    RegistrationController(Accounts accounts) {
        this.accounts = accounts;
    }

    @PostMapping("/identity/register")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "An account with this email already exists")
    ResponseEntity<RegistrationResponse> register(@Valid @RequestBody RegistrationRequest request, HttpServletRequest http) {
        NewUser data = new NewUser(request.email(), request.firstName().strip(), request.lastName().strip(),
                request.phone(), request.referralCode(), true, Boolean.TRUE.equals(request.consents().marketing()));
        User user = accounts.register(data, request.password(), ClientInfo.of(http));
        return ResponseEntity.created(URI.create("/identity/users/" + user.id()))
                .body(new RegistrationResponse(user.id(), user.email(), user.roles(), user.status().value()));
    }
}
