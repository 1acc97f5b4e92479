package com.excelmedical.staffing.platform.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service built on the starter: notes stored in PostgreSQL, their events on Kafka. */
@SpringBootApplication
public class TestApplication {
}
