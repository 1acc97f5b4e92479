package com.excelmedical.staffing.candidates.applications;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface ApplicationRepository extends JpaRepository<Application, UUID> {

    Optional<Application> findByCandidateIdAndJobId(UUID candidateId, UUID jobId);

    List<Application> findByJobIdAndStatusIn(UUID jobId, Collection<ApplicationStatus> statuses);
}
