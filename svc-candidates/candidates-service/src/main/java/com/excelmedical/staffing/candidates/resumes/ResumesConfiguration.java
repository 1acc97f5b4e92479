package com.excelmedical.staffing.candidates.resumes;

import com.excelmedical.staffing.candidates.resumes.parsing.ResumeParser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reader and the parser, stateless and shared, with the platform's limits ({@link ResumeLimits#DEFAULTS}). */
@Configuration(proxyBeanMethods = false)
class ResumesConfiguration {

    @Bean
    ResumeReader resumeReader() {
        return new ResumeReader(ResumeLimits.DEFAULTS);
    }

    @Bean
    ResumeParser resumeParser() {
        return new ResumeParser();
    }
}
