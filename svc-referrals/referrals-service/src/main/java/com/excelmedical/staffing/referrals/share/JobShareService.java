package com.excelmedical.staffing.referrals.share;

import com.excelmedical.staffing.platform.problems.NotFoundException;
import com.excelmedical.staffing.platform.problems.UnprocessableException;
import com.excelmedical.staffing.platform.security.CurrentUser;
import com.excelmedical.staffing.referrals.jobsnapshot.JobSnapshots;
import com.excelmedical.staffing.referrals.support.ShortCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/** Share links: one per recruiter and job (asking again answers the same link), counters for its owner and admins. */
@Service
class JobShareService {

    private static final int ATTEMPTS = 10;

    private final JobShares shares;
    private final JobSnapshots jobs;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    JobShareService(JobShares shares, JobSnapshots jobs, Clock clock) {
        this.shares = shares;
        this.jobs = jobs;
        this.clock = clock;
    }

    /** The recruiter's link for the job; {@code created} false when it existed already. */
    @Transactional
    Created share(UUID recruiterId, UUID jobId) {
        if (jobs.find(jobId).isEmpty()) {
            throw new UnprocessableException("unknown-job", "No job " + jobId + " is known here (yet)", "jobId");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<JobShare> existing = shares.ofRecruiter(recruiterId, jobId);
            if (existing.isPresent()) {
                return new Created(existing.get(), attempt > 0);
            }
            shares.insert(ShortCode.random(random), recruiterId, jobId, clock.instant());
        }
        throw new IllegalStateException("no free share code after " + ATTEMPTS + " attempts");
    }

    @Transactional(readOnly = true)
    JobShare counters(ShortCode code, CurrentUser user) {
        JobShare share = shares.find(code).orElseThrow(() -> new NotFoundException("Job share", code));
        if (!user.isAdmin() && !share.recruiterId().equals(user.id())) {
            throw new AccessDeniedException("job share " + code + " belongs to another recruiter");
        }
        return share;
    }

    @Transactional
    UUID visit(ShortCode code) {
        return shares.visit(code).orElseThrow(() -> new NotFoundException("Job share", code));
    }

    record Created(JobShare share, boolean created) {
    }
}
