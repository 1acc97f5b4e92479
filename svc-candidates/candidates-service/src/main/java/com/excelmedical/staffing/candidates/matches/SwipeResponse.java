package com.excelmedical.staffing.candidates.matches;

import java.time.Instant;
import java.util.UUID;

/** The swipe as stored: the action, when, and the match score (with its parts) the candidate saw. */
public record SwipeResponse(UUID jobId, String action, Instant swipedAt, int matchScore, MatchParts parts) {
}
