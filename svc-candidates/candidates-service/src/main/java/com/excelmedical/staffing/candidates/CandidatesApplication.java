package com.excelmedical.staffing.candidates;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** svc-candidates: candidate profiles, their sensitive personal data, and applications through to placement. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CandidatesApplication {

    public static void main(String[] args) {
        SpringApplication.run(CandidatesApplication.class, args);
    }
}
