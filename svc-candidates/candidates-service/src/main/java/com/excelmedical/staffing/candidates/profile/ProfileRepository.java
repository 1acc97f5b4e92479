package com.excelmedical.staffing.candidates.profile;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface ProfileRepository extends JpaRepository<CandidateProfile, UUID> {
}
