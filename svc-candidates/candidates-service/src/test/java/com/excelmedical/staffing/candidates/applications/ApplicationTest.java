package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationStatusChanged;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every move of every status by every role: allowed, refused by the workflow (409) or by the role (403). */
class ApplicationTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final UUID CANDIDATE = UUID.randomUUID();
    private static final Set<String> FORWARD = Set.of("submitted>reviewing", "reviewing>interview", "interview>offered",
            "offered>placed");

    enum Outcome { ALLOWED, ILLEGAL, FORBIDDEN }

    static Stream<Arguments> everyMove() {
        List<Arguments> moves = new ArrayList<>();
        for (ApplicationStatus from : ApplicationStatus.values()) {
            for (ApplicationStatus to : ApplicationStatus.values()) {
                for (ActorRole role : ActorRole.values()) {
                    moves.add(Arguments.of(from, to, role, expected(from, to, role)));
                }
            }
        }
        return moves.stream();
    }

    /** The rules written out independently of the code: candidates withdraw, staff and system do the rest. */
    private static Outcome expected(ApplicationStatus from, ApplicationStatus to, ActorRole role) {
        boolean candidate = role == ActorRole.CANDIDATE;
        if (candidate != (to == ApplicationStatus.WITHDRAWN)) {
            return Outcome.FORBIDDEN;
        }
        boolean open = Set.of(ApplicationStatus.SUBMITTED, ApplicationStatus.REVIEWING, ApplicationStatus.INTERVIEW,
                ApplicationStatus.OFFERED).contains(from);
        boolean allowed = open && (to == ApplicationStatus.REJECTED || to == ApplicationStatus.WITHDRAWN
                || FORWARD.contains(from.code() + ">" + to.code()));
        return allowed ? Outcome.ALLOWED : Outcome.ILLEGAL;
    }

    @ParameterizedTest(name = "{0} -> {1} by {2}: {3}")
    @MethodSource("everyMove")
    void everyMoveIsAllowedOrRefusedAsTheWorkflowSays(ApplicationStatus from, ApplicationStatus to, ActorRole role, Outcome outcome) {
        Application application = in(from);
        Actor actor = role == ActorRole.SYSTEM ? Actor.SYSTEM : new Actor(role == ActorRole.CANDIDATE ? CANDIDATE : UUID.randomUUID(), role);

        switch (outcome) {
            case ALLOWED -> {
                application.moveTo(to, actor, "a note", "not a fit", NOW.plusSeconds(60));
                assertThat(application.status()).isEqualTo(to);
                List<StatusChange> changes = application.takeChanges();
                assertThat(changes).singleElement().satisfies(change -> {
                    assertThat(change.from()).isEqualTo(from);
                    assertThat(change.to()).isEqualTo(to);
                    assertThat(change.actor()).isEqualTo(actor);
                });
                var events = application.takeEvents();
                assertThat(events.getFirst()).isInstanceOfSatisfying(ApplicationStatusChanged.class, changed -> {
                    assertThat(changed.fromStatus()).isEqualTo(from.code());
                    assertThat(changed.status()).isEqualTo(to.code());
                });
                assertThat(events).hasSize(to == ApplicationStatus.PLACED ? 2 : 1);
                if (to == ApplicationStatus.PLACED) {
                    assertThat(events.get(1)).isInstanceOf(ApplicationPlaced.class);
                }
            }
            case ILLEGAL -> assertThatThrownBy(() -> application.moveTo(to, actor, null, "not a fit", NOW))
                    .isInstanceOf(IllegalApplicationTransitionException.class);
            case FORBIDDEN -> assertThatThrownBy(() -> application.moveTo(to, actor, null, "not a fit", NOW))
                    .isInstanceOf(ApplicationMoveForbiddenException.class);
        }
        if (outcome != Outcome.ALLOWED) {
            assertThat(application.status()).isEqualTo(from);
            assertThat(application.takeChanges()).isEmpty();
            assertThat(application.takeEvents()).isEmpty();
        }
    }

    @Test
    void submissionRecordsItsHistoryRowAndEventWithTheCodes() {
        Application application = Application.submit(UUID.randomUUID(), CANDIDATE, UUID.randomUUID(), null, "REF1", "SHARE1",
                "note", NOW);

        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.source()).isEqualTo(ApplicationSource.JOB_SHARE);
        assertThat(application.takeChanges()).singleElement().satisfies(change -> assertThat(change.from()).isNull());
        assertThat(application.takeEvents()).singleElement().isInstanceOfSatisfying(ApplicationSubmitted.class, submitted -> {
            assertThat(submitted.referralCode()).isEqualTo("REF1");
            assertThat(submitted.shareCode()).isEqualTo("SHARE1");
            assertThat(submitted.status()).isEqualTo("submitted");
        });
    }

    @Test
    void aRejectionKeepsItsReasonAndAStaffNoteIsTheRecruitersNote() {
        Application application = in(ApplicationStatus.INTERVIEW);

        application.moveTo(ApplicationStatus.REJECTED, new Actor(UUID.randomUUID(), ActorRole.RECRUITER), "No ICU license",
                "license_missing", NOW);

        assertThat(application.rejectionReason()).isEqualTo("license_missing");
        assertThat(application.recruiterNote()).isEqualTo("No ICU license");
        assertThat(application.candidateNote()).isEqualTo("note");
    }

    /** An application brought to {@code status} along the workflow, its history and events taken. */
    private static Application in(ApplicationStatus status) {
        Application application = Application.submit(UUID.randomUUID(), CANDIDATE, UUID.randomUUID(), null, null, null, "note", NOW);
        Actor recruiter = new Actor(UUID.randomUUID(), ActorRole.RECRUITER);
        switch (status) {
            case SUBMITTED -> { }
            case WITHDRAWN -> application.moveTo(status, Actor.candidate(CANDIDATE), null, null, NOW);
            case REJECTED -> application.moveTo(status, recruiter, null, "not a fit", NOW);
            default -> {
                ApplicationStatus current = ApplicationStatus.SUBMITTED;
                while (current != status) {
                    current = current.next().orElseThrow();
                    application.moveTo(current, recruiter, null, null, NOW);
                }
            }
        }
        application.takeChanges();
        application.takeEvents();
        return application;
    }
}
