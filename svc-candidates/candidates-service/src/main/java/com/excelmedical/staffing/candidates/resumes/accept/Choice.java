package com.excelmedical.staffing.candidates.resumes.accept;

import java.time.LocalDate;

/**
 * One choice of what to merge: a whole part ({@code index} null) or one item of it, with the dates the
 * resume does not give for a license or certification ({@code issuedOn}, and {@code expiresOn} when the
 * resume has none). {@code position} is the choice's place in the request, for naming it in errors.
 */
public record Choice(int position, ParsedPart part, Integer index, LocalDate issuedOn, LocalDate expiresOn) {
}
