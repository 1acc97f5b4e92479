package com.excelmedical.staffing.referrals;

import com.excelmedical.staffing.referrals.events.ReferralsTopics;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Creates {@code referrals.referrals} at start-up when it is missing, so the first event never races topic creation. */
@Configuration(proxyBeanMethods = false)
class Topics {

    @Bean
    NewTopic referralsTopic(ReferralsProperties properties) {
        return TopicBuilder.name(ReferralsTopics.REFERRALS).partitions(properties.topicPartitions()).build();
    }
}
