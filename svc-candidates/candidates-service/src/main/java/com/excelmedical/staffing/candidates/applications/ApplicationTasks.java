package com.excelmedical.staffing.candidates.applications;

import com.excelmedical.staffing.candidates.applications.idempotency.IdempotencyKeys;
import com.excelmedical.staffing.platform.support.PeriodicTask;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The periodic work of applications, each on its own thread at the interval its settings name. */
@Configuration(proxyBeanMethods = false)
class ApplicationTasks {

    @Bean
    PeriodicTask idempotencyKeyPurgeTask(IdempotencyKeys keys, ApplicationsProperties properties) {
        return new PeriodicTask("candidates-idempotency-purge", properties.idempotencyPurgeInterval(), keys::purgeExpired);
    }
}
