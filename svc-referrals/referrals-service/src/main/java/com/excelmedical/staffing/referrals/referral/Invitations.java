package com.excelmedical.staffing.referrals.referral;

import com.excelmedical.staffing.platform.problems.ConflictException;
import com.excelmedical.staffing.platform.problems.UnprocessableException;
import com.excelmedical.staffing.referrals.member.Members;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** A referrer invites someone by email: one invitation per referrer and email, never a member, never oneself. */
@Service
class Invitations {

    private final Referrals referrals;
    private final Members members;
    private final ReferralReads reads;
    private final Clock clock;

    Invitations(Referrals referrals, Members members, ReferralReads reads, Clock clock) {
        this.referrals = referrals;
        this.members = members;
        this.reads = reads;
        this.clock = clock;
    }

    @Transactional
    ReferralResponse invite(UUID referrerId, InvitationRequest request) {
        String email = request.email().strip();
        if (members.email(referrerId).filter(email::equalsIgnoreCase).isPresent()) {
            throw new UnprocessableException("self-referral", "You cannot invite yourself", "email");
        }
        if (members.isMemberEmail(email)) {
            throw new ConflictException("already-a-member", "This person already has an account", "email");
        }
        if (referrals.exists(referrerId, email)) {
            throw new ConflictException("already-invited", "You have already invited this person", "email");
        }
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        referrals.invite(id, referrerId, new Referrals.Invitee(email, blankToNull(request.name()), blankToNull(request.phone()),
                request.jobId()), now);
        return reads.one(id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
