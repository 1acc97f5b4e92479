package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.candidates.accounts.CandidateAccounts;
import com.excelmedical.staffing.candidates.accounts.CandidateErased;
import com.excelmedical.staffing.candidates.accounts.CandidateStatus;
import com.excelmedical.staffing.platform.paging.PageQuery;
import com.excelmedical.staffing.platform.paging.PageResponse;
import com.excelmedical.staffing.platform.problems.NotFoundException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.DATE_OF_BIRTH;
import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.SSN;
import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.context;

/**
 * A candidate's SSN and date of birth: sealed before they are stored, shown masked to the candidate, and
 * disclosed in full only to staff who state why, each disclosure written to the access log in the same
 * transaction. Erasing the candidate deletes them.
 */
@Service
public class PersonalData {

    private final PersonalDataStore store;
    private final AccessLog accessLog;
    private final FieldCipher cipher;
    private final CandidateAccounts accounts;
    private final Clock clock;

    PersonalData(PersonalDataStore store, AccessLog accessLog, FieldCipher cipher, CandidateAccounts accounts, Clock clock) {
        this.store = store;
        this.accessLog = accessLog;
        this.cipher = cipher;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Seals the values given (null keeps what is on file) and answers what the candidate may see. */
    @Transactional
    public MaskedPersonalData update(UUID candidateId, Ssn ssn, DateOfBirth dateOfBirth) {
        if (accounts.ensure(candidateId).status() != CandidateStatus.ACTIVE) {
            throw new PersonalDataClosedException(candidateId);
        }
        StoredPersonalData current = store.findForUpdate(candidateId).orElse(new StoredPersonalData(candidateId, null, null));
        StoredPersonalData updated = new StoredPersonalData(candidateId,
                ssn == null ? current.ssn() : cipher.seal(ssn.value(), context(candidateId, SSN)),
                dateOfBirth == null ? current.dateOfBirth() : cipher.seal(dateOfBirth.value().toString(), context(candidateId, DATE_OF_BIRTH)));
        store.save(updated, clock.instant());
        return masked(updated);
    }

    @Transactional(readOnly = true)
    public MaskedPersonalData masked(UUID candidateId) {
        return store.find(candidateId).map(this::masked).orElse(MaskedPersonalData.NONE);
    }

    /**
     * The values in full for a member of staff, logged with who, whose, which fields, when and why.
     *
     * @throws NotFoundException when this service knows no such candidate
     */
    @Transactional
    public PersonalDataResponse disclose(UUID candidateId, UUID staffId, String staffRole, String reason) {
        if (!store.candidateExists(candidateId)) {
            throw new NotFoundException("Candidate", candidateId);
        }
        StoredPersonalData stored = store.find(candidateId).orElse(new StoredPersonalData(candidateId, null, null));
        Ssn ssn = ssn(stored);
        DateOfBirth dateOfBirth = dateOfBirth(stored);
        List<String> fields = new ArrayList<>();
        if (ssn != null) {
            fields.add(SSN);
        }
        if (dateOfBirth != null) {
            fields.add(DATE_OF_BIRTH);
        }
        accessLog.append(candidateId, staffId, staffRole, fields, reason, clock.instant());
        return new PersonalDataResponse(candidateId, ssn == null ? null : ssn.value(), dateOfBirth == null ? null : dateOfBirth.value());
    }

    @Transactional(readOnly = true)
    public PageResponse<AccessLogEntryResponse> accessLog(UUID candidateId, PageQuery page) {
        return accessLog.page(candidateId, page);
    }

    /** Runs in the transaction that erases the candidate. */
    @EventListener
    void on(CandidateErased erased) {
        store.delete(erased.candidateId());
    }

    private MaskedPersonalData masked(StoredPersonalData stored) {
        Ssn ssn = ssn(stored);
        DateOfBirth dateOfBirth = dateOfBirth(stored);
        return new MaskedPersonalData(ssn == null ? null : ssn.masked(), dateOfBirth == null ? null : dateOfBirth.masked());
    }

    private Ssn ssn(StoredPersonalData stored) {
        return stored.ssn() == null ? null : new Ssn(cipher.open(stored.ssn(), context(stored.candidateId(), SSN)));
    }

    private DateOfBirth dateOfBirth(StoredPersonalData stored) {
        return stored.dateOfBirth() == null ? null
                : new DateOfBirth(LocalDate.parse(cipher.open(stored.dateOfBirth(), context(stored.candidateId(), DATE_OF_BIRTH))));
    }
}
