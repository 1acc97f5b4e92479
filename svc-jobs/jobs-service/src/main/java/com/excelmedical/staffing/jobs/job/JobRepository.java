package com.excelmedical.staffing.jobs.job;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public interface JobRepository extends JpaRepository<Job, UUID> {

    @Query(value = "select * from jobs where status in ('active', 'on_hold') and end_date < ?1 order by end_date limit ?2", nativeQuery = true)
    List<Job> findOpenEndedBefore(LocalDate today, int limit);
}
