package com.excelmedical.staffing.candidates.applications;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    List<Application> findByJobIdAndStatusIn(UUID jobId, Collection<ApplicationStatus> statuses);
}
