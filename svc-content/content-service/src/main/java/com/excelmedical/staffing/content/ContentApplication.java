package com.excelmedical.staffing.content;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** svc-content: pages with a review workflow, city guides, SEO landing pages with live market figures, the sitemap. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ContentApplication {

    public static void main(String[] args) {
        SpringApplication.run(ContentApplication.class, args);
    }
}
