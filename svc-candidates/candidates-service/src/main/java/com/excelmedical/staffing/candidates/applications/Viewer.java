package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.platform.security.CurrentUser;

import java.util.UUID;

/** The caller as applications see them: staff (recruiters and admins) see and move all, a candidate their own. */
record Viewer(UUID id, ActorRole role) {

    static Viewer of(CurrentUser user) {
        ActorRole role = user.isAdmin() ? ActorRole.ADMIN
                : user.hasRole("recruiter") ? ActorRole.RECRUITER : ActorRole.CANDIDATE;
        return new Viewer(user.id(), role);
    }

    boolean isStaff() {
        return role.isStaff();
    }

    Actor actor() {
        return new Actor(id, role);
    }

    boolean maySee(Application application) {
        return isStaff() || application.isOwnedBy(id);
    }
}
