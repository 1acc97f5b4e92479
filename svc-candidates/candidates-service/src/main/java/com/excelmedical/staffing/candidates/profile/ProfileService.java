package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.candidates.accounts.CandidateAccounts;
import com.excelmedical.staffing.candidates.personaldata.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * The candidate's own profile. Reading or editing it creates the candidate from the token's subject when
 * svc-identity's registration has not arrived yet ({@link CandidateAccounts#ensure}), so nobody is told
 * they have no profile.
 */
@Service
public class ProfileService {

    private final CandidateAccounts accounts;
    private final ProfileRepository profiles;
    private final PersonalData personalData;
    private final Clock clock;

    ProfileService(CandidateAccounts accounts, ProfileRepository profiles, PersonalData personalData, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.personalData = personalData;
        this.clock = clock;
    }

    @Transactional
    ProfileResponse view(UUID candidateId) {
        return ProfileResponse.of(load(candidateId), personalData.masked(candidateId));
    }

    /** Replaces the editable profile if {@code readVersion} is the stored version (409 otherwise). */
    @Transactional
    ProfileResponse update(UUID candidateId, long readVersion, ProfileDetails details) {
        CandidateProfile profile = load(candidateId);
        profile.update(readVersion, details, clock.instant());
        profiles.saveAndFlush(profile);
        return ProfileResponse.of(profile, personalData.masked(candidateId));
    }

    /**
     * Fills the profile's cell phone from elsewhere (an accepted resume) when it is empty, through the
     * profile's own rules: the phone's format, an active candidate, a new version.
     *
     * @throws ProfileClosedException when the candidate was deactivated or erased (409)
     */
    @Transactional
    public PhoneFill fillEmptyCellPhone(UUID candidateId, String phone) {
        if (phone == null || !phone.matches(ProfileRequest.PHONE)) {
            return PhoneFill.NOT_A_PHONE_NUMBER;
        }
        CandidateProfile profile = load(candidateId);
        if (!profile.fillEmptyCellPhone(phone, clock.instant())) {
            return PhoneFill.ALREADY_SET;
        }
        profiles.saveAndFlush(profile);
        return PhoneFill.FILLED;
    }

    private CandidateProfile load(UUID candidateId) {
        accounts.ensure(candidateId);
        return profiles.findById(candidateId).orElseThrow();
    }
}
