package com.excelmedical.staffing.candidates.credentials.licenses;

import com.excelmedical.staffing.candidates.eligibility.CompactMembership;
import com.excelmedical.staffing.candidates.eligibility.LicenseType;
import com.excelmedical.staffing.candidates.eligibility.StateCode;

import java.time.LocalDate;

/** What the candidate says about a license. */
record LicenseDetails(LicenseType type, String stateCode, String number, boolean multistate, LocalDate issuedOn,
                      LocalDate expiresOn) {

    /** Whether {@code other} names the same license on the same dates, so that a verification of it still holds. */
    boolean sameAsVerified(LicenseDetails other) {
        return number.equals(other.number) && issuedOn.equals(other.issuedOn) && expiresOn.equals(other.expiresOn);
    }

    /**
     * A multistate license must be of a type the compact covers (RN, LPN) and from a state that issues
     * multistate licenses.
     *
     * @throws MultistateNotIssuedException otherwise (422 naming {@code multistate})
     */
    void checkMultistate(CompactMembership compact) {
        if (!multistate) {
            return;
        }
        if (!type.coveredByCompact()) {
            throw new MultistateNotIssuedException("The Nurse Licensure Compact issues multistate licenses to RNs and LPNs only, not "
                    + type);
        }
        if (!StateCode.isKnown(stateCode) || !compact.issuesMultistate(StateCode.of(stateCode))) {
            throw new MultistateNotIssuedException(stateCode + " does not issue multistate licenses (it is not a full member "
                    + "of the Nurse Licensure Compact)");
        }
    }

    /** As events and messages name it: {@code RN license TX}. */
    String name() {
        return type + " license " + stateCode;
    }
}
