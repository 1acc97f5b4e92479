package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The keys of sensitive personal data and the periodic re-encryption after a rotation (ADR 0007). */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    /** The id of the published key in application.yml, for development only. */
    static final String DEVELOPMENT_KEY_ID = "dev1";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataConfiguration.class);

    @Bean
    FieldCipher personalDataCipher(PersonalDataProperties properties) {
        if (DEVELOPMENT_KEY_ID.equals(properties.currentKey())) {
            log.warn("Personal data is sealed with the published development key '{}'; outside development set a key of "
                    + "your own and CANDIDATES_PERSONAL_DATA_CURRENT_KEY", DEVELOPMENT_KEY_ID);
        }
        return FieldCipher.of(properties);
    }

    @Bean
    Reencryption personalDataReencryption(PersonalDataStore store, FieldCipher cipher, TransactionTemplate transactions,
                                          PersonalDataProperties properties, Clock clock) {
        return new Reencryption(store, cipher, transactions, properties.reencryptionBatchSize(), clock);
    }

    @Bean
    PeriodicTask personalDataReencryptionTask(Reencryption reencryption, PersonalDataProperties properties) {
        return new PeriodicTask("candidates-personal-data-reencryption", properties.reencryptionInterval(), reencryption::run);
    }
}
