package com.excelmedical.staffing.candidates.personaldata;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.DATE_OF_BIRTH;
import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.SSN;
import static com.excelmedical.staffing.candidates.personaldata.StoredPersonalData.context;

/**
 * After a key rotation, re-seals every value sealed with an older key with the current one, in batches of
 * rows (one transaction each, in id order) until a batch comes back short. A value that does not open (its
 * key is no longer configured) is logged by candidate id and left as it is.
 */
class Reencryption {

    private static final Logger log = LoggerFactory.getLogger(Reencryption.class);
    private static final UUID FIRST = new UUID(0, 0);

    private final PersonalDataStore store;
    private final FieldCipher cipher;
    private final TransactionTemplate transactions;
    private final int batchSize;
    private final Clock clock;

    Reencryption(PersonalDataStore store, FieldCipher cipher, TransactionTemplate transactions, int batchSize, Clock clock) {
        this.store = store;
        this.cipher = cipher;
        this.transactions = transactions;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** @return how many rows were re-sealed */
    int run() {
        int[] resealed = {0};
        UUID after = FIRST;
        List<StoredPersonalData> batch;
        do {
            UUID from = after;
            batch = transactions.execute(status -> {
                List<StoredPersonalData> rows = store.sealedWithOtherKeys(cipher.currentKeyId(), from, batchSize);
                resealed[0] += reseal(rows);
                return rows;
            });
            if (batch == null || batch.isEmpty()) {
                break;
            }
            after = batch.getLast().candidateId();
        } while (batch.size() >= batchSize);
        if (resealed[0] > 0) {
            log.info("re-sealed the personal data of {} candidates with key {}", resealed[0], cipher.currentKeyId());
        }
        return resealed[0];
    }

    private int reseal(List<StoredPersonalData> rows) {
        int resealed = 0;
        for (StoredPersonalData row : rows) {
            try {
                store.save(new StoredPersonalData(row.candidateId(), reseal(row, row.ssn(), SSN),
                        reseal(row, row.dateOfBirth(), DATE_OF_BIRTH)), clock.instant());
                resealed++;
            } catch (UnreadableCiphertextException e) {
                log.warn("cannot re-seal the personal data of candidate {}: {}", row.candidateId(), e.getMessage());
            }
        }
        return resealed;
    }

    private Sealed reseal(StoredPersonalData row, Sealed sealed, String field) {
        if (sealed == null || sealed.keyId().equals(cipher.currentKeyId())) {
            return sealed;
        }
        String context = context(row.candidateId(), field);
        return cipher.seal(cipher.open(sealed, context), context);
    }
}
