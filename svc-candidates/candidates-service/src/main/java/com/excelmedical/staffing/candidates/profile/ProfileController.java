package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.platform.security.CurrentUser;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;

/** The signed-in candidate's own profile (the token's subject is the candidate id). */
@RestController
@RequestMapping("/candidates/me")
@PreAuthorize("hasRole('candidate')")
class ProfileController {

    private final ProfileService profiles;
    private final Clock clock;

    ProfileController(ProfileService profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    @GetMapping
    ProfileResponse mine(CurrentUser user) {
        return profiles.view(user.id());
    }

    @PutMapping
    ProfileResponse update(@Valid @RequestBody ProfileRequest request, CurrentUser user) {
        return profiles.update(user.id(), request.version(), request.toDetails(LocalDate.now(clock)));
    }
}
