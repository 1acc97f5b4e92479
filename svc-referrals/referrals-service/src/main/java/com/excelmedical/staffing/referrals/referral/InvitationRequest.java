package com.excelmedical.staffing.referrals.referral;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.UUID;

/** An invitation of a friend or colleague; the referrer is the caller, never a field of the body. */
public record InvitationRequest(@NotBlank @Email @Size(max = 254) String email,
                                @Size(max = 100) String name,
                                @Size(max = 20) @Pattern(regexp = "\\+?[0-9 ()./-]{4,20}") String phone,
                                UUID jobId) {
}
