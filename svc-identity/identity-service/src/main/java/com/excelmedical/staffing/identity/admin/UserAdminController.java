package com.excelmedical.staffing.identity.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import com.excelmedical.staffing.identity.account.Accounts;
import com.excelmedical.staffing.identity.account.NewUser;
import com.excelmedical.staffing.identity.account.User;
import com.excelmedical.staffing.identity.account.UserResponse;
import com.excelmedical.staffing.identity.account.UserStatus;
import com.excelmedical.staffing.identity.web.ClientInfo;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

/** Admin-only management of accounts. */
@RestController
@Validated
@PreAuthorize("hasRole('admin')")
class UserAdminController {

    static final String STATUSES = "^(active|inactive|locked)$";

    record CreateUserRequest(@NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Size(max = 100) String firstName,
                             @NotBlank @Size(max = 100) String lastName,
                             @Size(max = 30) @Pattern(regexp = "^\\+?[0-9 ()\\-.]{7,30}$") String phone,
                             @NotEmpty @Size(max = 4) Set<@NotBlank @Size(max = 20) String> roles,
                             @NotNull String password) {
    }

    record ChangeUserRequest(@Pattern(regexp = STATUSES, message = "must be one of active, inactive, locked") String status,
                             @Size(min = 1, max = 4) Set<@NotBlank @Size(max = 20) String> roles) {
    }

    private final Accounts accounts;
    private final UserAdministration administration;

    UserAdminController(Accounts accounts, UserAdministration administration) {
        this.accounts = accounts;
        this.administration = administration;
    }

    @PostMapping("/identity/users")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "409", description = "An account with this email already exists")
    ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request, CurrentUser admin,
                                        HttpServletRequest http) {
        NewUser data = new NewUser(request.email(), request.firstName().strip(), request.lastName().strip(),
                request.phone(), null, false, false);
        User user = accounts.createByAdmin(data, request.password(), request.roles(), admin.id(), ClientInfo.of(http));
        return ResponseEntity.created(URI.create("/identity/users/" + user.id())).body(UserResponse.of(user));
    }

    @GetMapping("/identity/users")
    PageResponse<UserResponse> list(@RequestParam(required = false) @Size(max = 20) String role,
                                    @RequestParam(required = false) @Pattern(regexp = "^(active|inactive|locked|closed)$") String status,
                                    @RequestParam(required = false) @Size(max = 100) String q,
                                    PageQuery page) {
        Page<User> found = administration.list(role, status == null ? null : UserStatus.of(status), q, page.page(),
                page.size());
        return PageResponse.of(found.getContent().stream().map(UserResponse::of).toList(), page, found.getTotalElements());
    }

    @GetMapping("/identity/users/{userId}")
    UserResponse get(@PathVariable UUID userId) {
        return UserResponse.of(accounts.get(userId));
    }

    @PatchMapping("/identity/users/{userId}")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "The account is closed, or an admin would deactivate or demote themselves")
    UserResponse change(@PathVariable UUID userId, @Valid @RequestBody ChangeUserRequest request, CurrentUser admin,
                        HttpServletRequest http) {
        UserStatus status = request.status() == null ? null : UserStatus.of(request.status());
        return UserResponse.of(administration.change(userId, status, request.roles(), admin.id(), ClientInfo.of(http)));
    }
}
