package com.excelmedical.staffing.candidates.personaldata;

import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The keys of sensitive personal data and the periodic re-encryption after a rotation (ADR 0007). */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    FieldCipher personalDataCipher(PersonalDataProperties properties) {
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
