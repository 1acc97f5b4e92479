package com.excelmedical.staffing.candidates.resumes.accept;

import com.excelmedical.staffing.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AcceptRequestTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void partsAndItemsBecomeChoicesInTheirOrder() {
        List<Choice> choices = request(new AcceptRequest.Selection("contact", null, null, null),
                new AcceptRequest.Selection("licenses", 1, TODAY.minusYears(3), TODAY.plusYears(1))).toChoices(TODAY);

        assertThat(choices).containsExactly(new Choice(0, ParsedPart.CONTACT, null, null, null),
                new Choice(1, ParsedPart.LICENSES, 1, TODAY.minusYears(3), TODAY.plusYears(1)));
    }

    @Test
    void eachBrokenChoiceNamesItsField() {
        assertField(new AcceptRequest.Selection("hobbies", null, null, null), "fields[0].field");
        assertField(new AcceptRequest.Selection("workHistory", 0, TODAY, null), "fields[0].issuedOn");
        assertField(new AcceptRequest.Selection("licenses", null, TODAY, null), "fields[0].issuedOn");
        assertField(new AcceptRequest.Selection("certifications", 0, TODAY.plusDays(1), null), "fields[0].issuedOn");
        assertField(new AcceptRequest.Selection("certifications", 0, TODAY, TODAY.minusDays(1)), "fields[0].expiresOn");
        assertField(new AcceptRequest.Selection("licenses", 0, null, TODAY.plusYears(21)), "fields[0].expiresOn");
    }

    private static void assertField(AcceptRequest.Selection selection, String field) {
        assertThatThrownBy(() -> request(selection).toChoices(TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    private static AcceptRequest request(AcceptRequest.Selection... selections) {
        return new AcceptRequest(List.of(selections), null);
    }
}
