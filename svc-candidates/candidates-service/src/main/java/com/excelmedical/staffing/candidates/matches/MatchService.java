package com.excelmedical.staffing.candidates.matches;

import com.excelmedical.staffing.candidates.accounts.CandidateAccounts;
import com.excelmedical.staffing.candidates.accounts.CandidateStatus;
import com.excelmedical.staffing.candidates.jobs.JobNotFoundException;
import com.excelmedical.staffing.candidates.jobs.JobSnapshot;
import com.excelmedical.staffing.candidates.jobs.JobSnapshots;
import com.excelmedical.staffing.candidates.jobs.JobState;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A candidate's matches, their swipes and their saved jobs; every read and write is the candidate's own. */
@Service
class MatchService {

    private final MatchCriteriaFactory criteria;
    private final MatchQuery query;
    private final Swipes swipes;
    private final JobSnapshots snapshots;
    private final CandidateAccounts accounts;
    private final MeterRegistry meters;
    private final Clock clock;
    private final TransactionTemplate ranking;

    MatchService(MatchCriteriaFactory criteria, MatchQuery query, Swipes swipes, JobSnapshots snapshots, CandidateAccounts accounts,
                 MeterRegistry meters, Clock clock, DataSource dataSource) {
        this.criteria = criteria;
        this.query = query;
        this.swipes = swipes;
        this.snapshots = snapshots;
        this.accounts = accounts;
        this.meters = meters;
        this.clock = clock;
        this.ranking = readOnly(dataSource);
    }

    /**
     * The profile and the ranking in one read-only JDBC transaction (the profile's statement makes it keep generic
     * plans, see {@link MatchProfiles}). Only plain SQL runs here, so it opens no JPA session: the service's default
     * transaction manager would create an entity manager for every page.
     */
    PageResponse<MatchResponse> matches(UUID candidateId, PageQuery page) {
        MatchPage ranked = ranking.execute(status -> query.rank(criteria.of(candidateId), page.offset(), page.size()));
        return PageResponse.of(ranked.items().stream().map(MatchResponse::of).toList(), page, ranked.total());
    }

    /** Stores the swipe with the score the job has for the candidate now; {@code created} when it is the first on the job. */
    @Transactional
    SwipeOutcome swipe(UUID candidateId, UUID jobId, SwipeAction action) {
        if (accounts.ensure(candidateId).status() != CandidateStatus.ACTIVE) {
            throw new SwipesClosedException();
        }
        JobSnapshot job = snapshots.find(jobId).orElseThrow(() -> new JobNotFoundException(jobId));
        if (job.status() != JobState.ACTIVE) {
            throw new JobNotActiveException(jobId, job.status());
        }
        MatchParts parts = query.score(criteria.of(candidateId), jobId).orElseThrow().parts();
        Instant now = clock.instant();
        boolean created = swipes.upsert(candidateId, jobId, action, parts, now);
        Counter.builder("candidates.job.swipes").description("Swipes on jobs by action").tag("action", action.code())
                .register(meters).increment();
        return new SwipeOutcome(new SwipeResponse(jobId, action.code(), now, parts.score(), parts), created);
    }

    @Transactional
    void unswipe(UUID candidateId, UUID jobId) {
        swipes.delete(candidateId, jobId);
    }

    @Transactional(readOnly = true)
    PageResponse<SavedJobResponse> saved(UUID candidateId, PageQuery page) {
        long total = swipes.countSaved(candidateId);
        List<SavedJobResponse> items = total <= page.offset() ? List.of() : swipes.saved(candidateId, page.offset(), page.size());
        return PageResponse.of(items, page, total);
    }

    private static TransactionTemplate readOnly(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setReadOnly(true);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        return template;
    }

    record SwipeOutcome(SwipeResponse swipe, boolean created) {
    }
}
