package com.excelmedical.staffing.candidates.resumes.parsing;

import com.excelmedical.staffing.candidates.eligibility.LicenseType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Licenses from lines that speak of a license ("RN License: TX 123456", "Texas RN License #RN789012",
 * "Compact license, FL", "Multistate RN license - Florida, exp. 07/2027"): the state, the number, the type,
 * whether it is multistate, and the expiry date when one follows "exp".
 */
final class LicenseExtractor {

    private static final Pattern MENTION = Pattern.compile("(?i)\\blicen[sc]e(?!d)|\\blicensure|\\bcompact\\b|\\bmulti-?state\\b");
    private static final Pattern MULTISTATE = Pattern.compile("(?i)\\bcompact\\b|\\bmulti-?state\\b|\\bNLC\\b");
    private static final Pattern TYPE = Pattern.compile("\\b(RN|LPN|LVN|APRN|NP|CRNA|Registered Nurse|Licensed Practical Nurse|Licensed Vocational Nurse|Nurse Practitioner)\\b");
    private static final Pattern EXPIRY = Pattern.compile("(?i)\\bexp(?:ires|iration|iry)?\\.?(?:\\s+date)?[:\\s]*(" + ResumeDates.alone(ResumeDates.DAY) + ")");
    private static final Pattern DATE = Pattern.compile(ResumeDates.alone(ResumeDates.DAY));
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])([A-Z]{0,3}-?\\d{4,10}[A-Z]?)(?![A-Za-z0-9])");

    private LicenseExtractor() {
    }

    static List<ParsedLicense> extract(ResumeSections sections) {
        Map<String, ParsedLicense> found = new LinkedHashMap<>();
        boolean credentialsSection = sections.has(Section.CREDENTIALS);
        for (String line : sections.all()) {
            boolean inSection = credentialsSection && sections.lines(Section.CREDENTIALS).contains(line);
            for (String part : line.split(";")) {
                parse(part, inSection).ifPresent(license ->
                        found.putIfAbsent(license.state() + "|" + license.number() + "|" + license.type(), license));
            }
        }
        return new ArrayList<>(found.values());
    }

    private static Optional<ParsedLicense> parse(String text, boolean inCredentialsSection) {
        if (!MENTION.matcher(text).find()) {
            return Optional.empty();
        }
        LocalDate expires = null;
        Matcher expiry = EXPIRY.matcher(text);
        if (expiry.find()) {
            expires = ResumeDates.day(expiry.group(1)).orElse(null);
        }
        String withoutDates = DATE.matcher(EXPIRY.matcher(text).replaceAll(" ")).replaceAll(" ");
        Optional<StateNames.Found> state = StateNames.find(withoutDates);
        if (state.isEmpty()) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(withoutDates);
        String licenseNumber = number.find() ? number.group(1) : null;
        Matcher type = TYPE.matcher(text);
        boolean typeNamed = type.find();
        boolean multistate = MULTISTATE.matcher(text).find();
        // a compact license without a named type is a nursing license, most often RN
        LicenseType licenseType = typeNamed ? typeOf(type.group(1)) : multistate ? LicenseType.RN : LicenseType.OTHER;
        double confidence = 0.5 + (licenseNumber != null ? 0.2 : 0) + (typeNamed ? 0.1 : 0)
                + (inCredentialsSection ? 0.1 : 0) + (expires != null ? 0.05 : 0);
        return Optional.of(new ParsedLicense(licenseType, state.get().state(), licenseNumber,
                multistate && licenseType.coveredByCompact(), expires, Confidence.of(confidence)));
    }

    private static LicenseType typeOf(String token) {
        return switch (token.toUpperCase(Locale.ROOT)) {
            case "RN", "REGISTERED NURSE" -> LicenseType.RN;
            case "LPN", "LVN", "LICENSED PRACTICAL NURSE", "LICENSED VOCATIONAL NURSE" -> LicenseType.LPN;
            default -> LicenseType.APRN;
        };
    }
}
