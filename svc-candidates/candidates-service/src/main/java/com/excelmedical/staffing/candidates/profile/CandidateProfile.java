package com.excelmedical.staffing.candidates.profile;

import com.excelmedical.staffing.candidates.accounts.CandidateStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A candidate's profile, the row {@code CandidateAccounts.ensure} or the registration created. The
 * account's own fields (email, names, status) come from svc-identity's events and are read-only here;
 * the rest the candidate edits as a whole, guarded by {@link #version()}.
 */
@Entity
@Table(name = "candidates")
@DynamicUpdate
public class CandidateProfile {

    @Id
    private UUID id;
    @Column(insertable = false, updatable = false)
    private String email;
    @Column(insertable = false, updatable = false)
    private String firstName;
    @Column(insertable = false, updatable = false)
    private String lastName;
    @Column(insertable = false, updatable = false)
    @Enumerated(EnumType.STRING)
    private CandidateStatus status;
    private String specialty;
    private Integer yearsOfExperience;
    private LocalDate availableFrom;
    @Enumerated(EnumType.STRING)
    private TravelStatus travelStatus;
    @Enumerated(EnumType.STRING)
    private Shift preferredShift;
    @Embedded
    private PayRange weeklyPay;
    @Embedded
    private Address address;
    private String cellPhone;
    private String homePhone;
    @Embedded
    private ContactConsents consents;
    private Instant updatedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "candidate_professions", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "profession_code")
    private Set<String> professions = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "candidate_preferred_states", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "state_code")
    private Set<String> preferredStates = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "candidate_preferred_cities", joinColumns = @JoinColumn(name = "candidate_id"))
    private Set<PreferredCity> preferredCities = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "candidate_job_types", joinColumns = @JoinColumn(name = "candidate_id"))
    @Column(name = "job_type")
    @Enumerated(EnumType.STRING)
    private Set<JobType> jobTypes = new HashSet<>();

    protected CandidateProfile() {
    }

    /**
     * Replaces everything the candidate edits, if they read the current version and may still act.
     *
     * @throws StaleProfileException  when {@code readVersion} is not the stored version
     * @throws ProfileClosedException when the candidate was deactivated or erased
     */
    void update(long readVersion, ProfileDetails details, Instant now) {
        if (readVersion != version) {
            throw new StaleProfileException(readVersion, version);
        }
        if (status != CandidateStatus.ACTIVE) {
            throw new ProfileClosedException(id);
        }
        specialty = details.specialty();
        yearsOfExperience = details.yearsOfExperience();
        availableFrom = details.availableFrom();
        travelStatus = details.travelStatus();
        preferredShift = details.preferredShift();
        weeklyPay = details.weeklyPay();
        address = details.address();
        cellPhone = details.cellPhone();
        homePhone = details.homePhone();
        ContactConsents chosen = new ContactConsents(details.emailConsent(), details.smsConsent(), now);
        if (!chosen.sameChoicesAs(consents())) {
            consents = chosen;
        }
        replace(professions, details.professions());
        replace(preferredStates, details.preferredStates());
        replace(preferredCities, details.preferredCities());
        replace(jobTypes, details.jobTypes());
        updatedAt = now;
    }

    /**
     * Sets the cell phone if none is on file (a value the candidate entered is never overwritten).
     *
     * @return whether the phone was set
     * @throws ProfileClosedException when the candidate was deactivated or erased
     */
    boolean fillEmptyCellPhone(String phone, Instant now) {
        if (status != CandidateStatus.ACTIVE) {
            throw new ProfileClosedException(id);
        }
        if (cellPhone != null) {
            return false;
        }
        cellPhone = phone;
        updatedAt = now;
        return true;
    }

    private static <T> void replace(Set<T> current, Set<T> wanted) {
        Set<T> target = wanted == null ? Set.of() : wanted;
        current.retainAll(target);
        current.addAll(target);
    }

    public UUID id() { return id; }
    public String email() { return email; }
    public String firstName() { return firstName; }
    public String lastName() { return lastName; }
    public CandidateStatus status() { return status; }
    public String specialty() { return specialty; }
    public Integer yearsOfExperience() { return yearsOfExperience; }
    public LocalDate availableFrom() { return availableFrom; }
    public TravelStatus travelStatus() { return travelStatus; }
    public Shift preferredShift() { return preferredShift; }
    public PayRange weeklyPay() { return weeklyPay; }
    public Address address() { return address; }
    public String cellPhone() { return cellPhone; }
    public String homePhone() { return homePhone; }
    public ContactConsents consents() { return consents == null ? ContactConsents.NONE : consents; }
    public Set<String> professions() { return Set.copyOf(professions); }
    public Set<String> preferredStates() { return Set.copyOf(preferredStates); }
    public Set<PreferredCity> preferredCities() { return Set.copyOf(preferredCities); }
    public Set<JobType> jobTypes() { return Set.copyOf(jobTypes); }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
