package com.excelmedical.staffing.jobs.job;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

public interface JobRepository extends JpaRepository<Job, UUID> {

    @Query("select j from Job j where j.status in :statuses and j.schedule.endDate < :day order by j.schedule.endDate")
    List<Job> findEndedBefore(Collection<JobStatus> statuses, LocalDate day, Limit limit);

    /** Open jobs (the one rule: {@link JobStatus#open()}) whose end date was before {@code day}. */
    default List<Job> findOpenEndedBefore(LocalDate day, int limit) {
        return findEndedBefore(JobStatus.open(), day, Limit.of(limit));
    }
}
