package com.excelmedical.staffing.candidates.applications;

import java.util.UUID;

/**
 * Who acts on an application: a candidate, a recruiter or an admin by their user id, or the system
 * (no id) when a job closes.
 */
public record Actor(UUID id, ActorRole role) {

    public static final Actor SYSTEM = new Actor(null, ActorRole.SYSTEM);

    public static Actor candidate(UUID id) {
        return new Actor(id, ActorRole.CANDIDATE);
    }

    /** May this actor make the move? Candidates only withdraw; staff and the system do everything else. */
    boolean mayMoveTo(ApplicationStatus target) {
        return role == ActorRole.CANDIDATE ? target == ApplicationStatus.WITHDRAWN : target != ApplicationStatus.WITHDRAWN;
    }
}
