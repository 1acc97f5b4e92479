package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.candidates.personaldata.MaskedPersonalData;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The candidate's profile as the candidate sees it: sensitive personal data only masked, the completion
 * computed now, and the {@code version} to send back with the next edit.
 *
 * @param status     {@code active}, {@code deactivated} or {@code erased}
 * @param completion percent of the profile items filled; {@code missing} names the others
 */
public record ProfileResponse(UUID id, String email, String firstName, String lastName, String status, String specialty,
                              List<String> professions, Integer yearsOfExperience, LocalDate availableFrom, String travelStatus,
                              List<String> preferredStates, List<CityView> preferredCities, List<String> jobTypes,
                              String preferredShift, PayRangeView weeklyPay, AddressView address, String cellPhone,
                              String homePhone, ConsentsView consents, MaskedPersonalData personalData, int completion,
                              List<String> missing, long version, Instant updatedAt) {

    public record CityView(String name, String state) {
    }

    public record PayRangeView(BigDecimal min, BigDecimal max, String currency) {
    }

    public record AddressView(String line1, String line2, String city, String state, String zip, String country) {
    }

    public record ConsentsView(boolean email, boolean sms, Instant updatedAt) {
    }

    static ProfileResponse of(CandidateProfile p, MaskedPersonalData personalData) {
        Completion completion = Completion.of(p);
        PayRange pay = p.weeklyPay();
        Address address = p.address();
        ContactConsents consents = p.consents();
        return new ProfileResponse(p.id(), p.email(), p.firstName(), p.lastName(), p.status().name().toLowerCase(java.util.Locale.ROOT),
                p.specialty(), sorted(p.professions(), Function.identity()), p.yearsOfExperience(), p.availableFrom(),
                p.travelStatus() == null ? null : p.travelStatus().code(), sorted(p.preferredStates(), Function.identity()),
                p.preferredCities().stream().map(city -> new CityView(city.name(), city.stateCode()))
                        .sorted(Comparator.comparing(CityView::state).thenComparing(CityView::name)).toList(),
                sorted(p.jobTypes(), JobType::code), p.preferredShift() == null ? null : p.preferredShift().code(),
                pay == null ? null : new PayRangeView(pay.min(), pay.max(), pay.currency()),
                address == null ? null : new AddressView(address.line1(), address.line2(), address.city(), address.stateCode(),
                        address.zip(), address.countryCode()),
                p.cellPhone(), p.homePhone(), new ConsentsView(consents.email(), consents.sms(), consents.updatedAt()),
                personalData, completion.percent(), completion.missing(), p.version(), p.updatedAt());
    }

    private static <T> List<String> sorted(Collection<T> values, Function<T, String> code) {
        return values.stream().map(code).sorted().toList();
    }
}
