package com.excelmedical.staffing.referrals.referral;

import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/** A user's own referrals: invite someone, list what became of everyone invited or referred. */
@RestController
class ReferralController {

    private final Invitations invitations;
    private final ReferralReads reads;

    ReferralController(Invitations invitations, ReferralReads reads) {
        this.invitations = invitations;
        this.reads = reads;
    }

    @PostMapping("/referrals/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "409", description = "Already invited by you, or already a member")
    @ApiResponse(responseCode = "422", description = "The email is the caller's own")
    ResponseEntity<ReferralResponse> invite(@Valid @RequestBody InvitationRequest request, CurrentUser user) {
        ReferralResponse referral = invitations.invite(user.id(), request);
        return ResponseEntity.created(URI.create("/referrals/me")).body(referral);
    }

    @GetMapping("/referrals/me")
    PageResponse<ReferralResponse> mine(PageQuery page, CurrentUser user) {
        return reads.ofReferrer(user.id(), page);
    }
}
