package com.excelmedical.staffing.jobs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** svc-jobs: job postings, search with facets, master data, the LaborEdge import and job alerts. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class JobsApplication {

    public static void main(String[] args) {
        SpringApplication.run(JobsApplication.class, args);
    }
}
