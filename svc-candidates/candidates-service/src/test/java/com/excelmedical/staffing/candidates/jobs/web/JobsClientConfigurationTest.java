package com.excelmedical.staffing.candidates.jobs.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.http.converter.autoconfigure.ClientHttpMessageConvertersCustomizer;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.cloud.openfeign.FeignClientFactory;
import org.springframework.cloud.openfeign.support.FeignHttpMessageConverters;
import org.springframework.cloud.openfeign.support.HttpMessageConverterCustomizer;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class JobsClientConfigurationTest {

    @Test
    void eachClientsMessageConvertersAreBuiltBeforeTheFirstCall() throws Exception {
        Map<String, FeignHttpMessageConverters> byClient = new TreeMap<>();
        DefaultListableBeanFactory nothing = new DefaultListableBeanFactory();
        FeignClientFactory clients = new FeignClientFactory() {
            @Override
            public <T> T getInstance(String name, Class<T> type) {
                return type.cast(byClient.computeIfAbsent(name, n -> new FeignHttpMessageConverters(
                        nothing.getBeanProvider(ClientHttpMessageConvertersCustomizer.class),
                        nothing.getBeanProvider(HttpMessageConverterCustomizer.class))));
            }
        };

        new JobsClientConfiguration().feignConvertersBuiltEarly(clients).afterSingletonsInstantiated();

        assertThat(byClient).containsOnlyKeys(JobsClient.class.getAnnotation(FeignClient.class).name(),
                ReferenceClient.class.getAnnotation(FeignClient.class).name());
        Field converters = FeignHttpMessageConverters.class.getDeclaredField("converters");
        converters.setAccessible(true);
        for (FeignHttpMessageConverters built : byClient.values()) {
            assertThat((List<?>) converters.get(built)).isNotEmpty();
        }
    }
}
