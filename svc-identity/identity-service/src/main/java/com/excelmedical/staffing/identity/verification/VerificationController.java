package com.excelmedical.staffing.identity.verification;

import com.excelmedical.staffing.identity.web.ClientInfo;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class VerificationController {

    record TokenRequest(@NotBlank @Size(max = 200) String token) {
    }

    record ResetRequest(@NotBlank @Email @Size(max = 254) String email) {
    }

    record NewPasswordRequest(@NotBlank @Size(max = 200) String token, @NotNull String password) {
    }

    private final Verifications verifications;

    VerificationController(Verifications verifications) {
        this.verifications = verifications;
    }

    /** Sends the current user a new verification link. */
    @PostMapping("/identity/email-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void resend(CurrentUser user) {
        verifications.sendEmailVerification(user.id());
    }

    @PostMapping("/identity/email-verification/confirm")
    @ApiResponse(responseCode = "409", description = "The account is closed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody TokenRequest request, HttpServletRequest http) {
        verifications.confirmEmail(request.token(), ClientInfo.of(http));
    }

    /** 202 whether or not the email has an account, so the route does not reveal which emails do. */
    @PostMapping("/identity/password-reset")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void requestReset(@Valid @RequestBody ResetRequest request, HttpServletRequest http) {
        verifications.requestPasswordReset(request.email(), ClientInfo.of(http));
    }

    @PostMapping("/identity/password-reset/confirm")
    @ApiResponse(responseCode = "409", description = "The account is closed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reset(@Valid @RequestBody NewPasswordRequest request, HttpServletRequest http) {
        verifications.resetPassword(request.token(), request.password(), ClientInfo.of(http));
    }
}
