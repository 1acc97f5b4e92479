package com.excelmedical.staffing.candidates.credentials.expiry;

import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

/** The credential expiry task on its own thread, every {@code candidates.credentials.expiry.interval}. */
@Configuration(proxyBeanMethods = false)
class ExpiryTask {

    @Bean
    CredentialExpiry credentialExpiry(ExpiryStore store, TransactionTemplate transactions, ApplicationEventPublisher events,
                                      ExpiryMetrics metrics, ExpiryProperties properties, Clock clock) {
        return new CredentialExpiry(store, transactions, events, metrics, properties.batchSize(), clock);
    }

    @Bean
    PeriodicTask credentialExpiryTask(CredentialExpiry expiry, ExpiryProperties properties) {
        return new PeriodicTask("candidates-credential-expiry", properties.interval(), expiry::run);
    }
}
