package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.platform.problems.InvalidInputException;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.excelmedical.staffing.platform.validation.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole editable profile (what is left out is cleared), with the {@code version} it was read at. The
 * account's email, names and status are svc-identity's and cannot be set here: any field not declared
 * ({@code unknown}) is a 400 naming it.
 */
public record ProfileRequest(
        @NotNull @PositiveOrZero Long version,
        @Size(max = 40) @Pattern(regexp = CODE, message = CODE_MESSAGE) String specialty,
        @Size(max = 10) List<@NotNull @Size(max = 20) @Pattern(regexp = CODE, message = CODE_MESSAGE) String> professions,
        @Min(0) @Max(60) Integer yearsOfExperience,
        LocalDate availableFrom,
        @Pattern(regexp = TravelStatus.CODES, message = "must be one of " + TravelStatus.CODES) String travelStatus,
        @Size(max = 56) List<@NotNull @Pattern(regexp = StateCodes.PATTERN, message = StateCodes.MESSAGE) String> preferredStates,
        @Size(max = 20) List<@NotNull @Valid CityInput> preferredCities,
        @Size(max = 4) List<@NotNull @Pattern(regexp = JobType.CODES, message = "must be one of " + JobType.CODES) String> jobTypes,
        @Pattern(regexp = Shift.CODES, message = "must be one of " + Shift.CODES) String preferredShift,
        @Valid PayRangeInput weeklyPay,
        @Valid AddressInput address,
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String cellPhone,
        @Pattern(regexp = PHONE, message = PHONE_MESSAGE) String homePhone,
        @Valid ConsentsInput consents,
        @JsonAnySetter @Schema(hidden = true) Map<String, Object> unknown) {

    static final String CODE = "[A-Za-z0-9_-]{1,40}";
    static final String CODE_MESSAGE = "must be a code of letters, digits, '_' or '-' (ICU, RN)";
    static final String PHONE = "\\+?[0-9][0-9 ().-]{6,18}";
    static final String PHONE_MESSAGE = "must be a phone number of 7 to 20 digits, spaces and ( ) . - with an optional leading +";
    /** How far back an availability date may lie (it then means "now") and how far ahead it may be planned. */
    static final int AVAILABILITY_PAST_YEARS = 1;
    static final int AVAILABILITY_FUTURE_YEARS = 2;

    public record CityInput(@NotBlank @Size(max = 100) String name,
                            @NotNull @Pattern(regexp = StateCodes.PATTERN, message = StateCodes.MESSAGE) String state) {
    }

    /** @param currency ISO 4217, USD when left out */
    public record PayRangeInput(@Money BigDecimal min, @Money BigDecimal max,
                                @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 currency code (USD)") String currency) {
    }

    /** @param country ISO 3166-1 alpha-2, US when left out */
    public record AddressInput(@Size(max = 200) String line1, @Size(max = 200) String line2, @Size(max = 100) String city,
                               @Pattern(regexp = StateCodes.PATTERN, message = StateCodes.MESSAGE) String state,
                               @Pattern(regexp = "[0-9]{5}(-[0-9]{4})?", message = "must be a ZIP code (12345 or 12345-6789)") String zip,
                               @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter country code (US)") String country) {
    }

    public record ConsentsInput(boolean email, boolean sms) {
    }

    /** The checked details; rules across fields (and against today's date) are a 400 naming the field. */
    ProfileDetails toDetails(LocalDate today) {
        if (unknown != null && !unknown.isEmpty()) {
            String field = unknown.keySet().stream().sorted().findFirst().orElseThrow();
            throw new InvalidInputException(field.length() > 60 ? field.substring(0, 60) : field,
                    "is not a field of the profile (email, names and status come from the account)");
        }
        if (availableFrom != null && (availableFrom.isBefore(today.minusYears(AVAILABILITY_PAST_YEARS))
                || availableFrom.isAfter(today.plusYears(AVAILABILITY_FUTURE_YEARS)))) {
            throw new InvalidInputException("availableFrom", "must be within " + AVAILABILITY_PAST_YEARS + " year before and "
                    + AVAILABILITY_FUTURE_YEARS + " years after today");
        }
        return new ProfileDetails(upper(text(specialty)), set(professions, ProfileRequest::upper), yearsOfExperience,
                availableFrom, TravelStatus.fromCode(travelStatus), set(preferredStates, Function.identity()),
                set(preferredCities, city -> new PreferredCity(city.name().strip(), city.state())),
                set(jobTypes, JobType::fromCode), Shift.fromCode(preferredShift), payRangeDetails(), addressDetails(),
                text(cellPhone), text(homePhone), consents != null && consents.email(), consents != null && consents.sms());
    }

    private PayRange payRangeDetails() {
        if (weeklyPay == null || weeklyPay.min() == null && weeklyPay.max() == null) {
            return null;
        }
        if (weeklyPay.min() != null && weeklyPay.max() != null && weeklyPay.min().compareTo(weeklyPay.max()) > 0) {
            throw new InvalidInputException("weeklyPay.max", "must not be less than weeklyPay.min");
        }
        String currency = weeklyPay.currency() == null ? "USD" : weeklyPay.currency();
        if (Currency.getAvailableCurrencies().stream().noneMatch(known -> known.getCurrencyCode().equals(currency))) {
            throw new InvalidInputException("weeklyPay.currency", "must be an ISO 4217 currency code (USD)");
        }
        return new PayRange(weeklyPay.min(), weeklyPay.max(), currency);
    }

    private Address addressDetails() {
        if (address == null) {
            return null;
        }
        Address given = new Address(text(address.line1()), text(address.line2()), text(address.city()), address.state(),
                address.zip(), address.country() == null ? "US" : address.country());
        boolean empty = given.line1() == null && given.line2() == null && given.city() == null && given.stateCode() == null
                && given.zip() == null;
        return empty ? null : given;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static <T, R> Set<R> set(List<T> values, Function<T, R> mapping) {
        return values == null ? Set.of() : values.stream().map(mapping).collect(Collectors.toCollection(LinkedHashSet::new));
    }
}
