package com.excelmedical.staffing.referrals.lifecycle;

import com.excelmedical.staffing.candidates.events.ApplicationPlaced;
import com.excelmedical.staffing.candidates.events.ApplicationSubmitted;
import com.excelmedical.staffing.referrals.parking.ParkableEvents;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LifecycleConfiguration {

    /** The events the lifecycle may park until the registration or the job they refer to is known. */
    @Bean
    ParkableEvents parkableEvents() {
        return ParkableEvents.of(ApplicationSubmitted.class, ApplicationPlaced.class);
    }
}
