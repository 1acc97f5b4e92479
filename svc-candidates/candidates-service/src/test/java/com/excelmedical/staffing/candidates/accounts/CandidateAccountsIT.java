package com.excelmedical.staffing.candidates.accounts;

import com.excelmedical.staffing.candidates.CandidatesIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateAccountsIT extends CandidatesIT {

    @Autowired
    CandidateAccounts accounts;

    @Test
    void aCandidateSeenFirstThroughTheirTokenGetsOneActiveRowHoweverOftenTheyCall() {
        UUID userId = UUID.randomUUID();

        CandidateAccount first = accounts.ensure(userId);
        CandidateAccount second = accounts.ensure(userId);

        assertThat(first).isEqualTo(new CandidateAccount(userId, CandidateStatus.ACTIVE, null));
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM candidates WHERE id = ?", Integer.class, userId))
                .isEqualTo(1);
    }
}
