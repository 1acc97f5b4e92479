package com.excelmedical.staffing.devstack.test;

import org.springframework.test.context.ContextCustomizerFactories;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Connects a Spring test context to the JVM's shared devstack, in the spirit of
 * {@code @ServiceConnection}: the servers start once per test JVM and every test class that uses
 * them gets the same ones. Sets {@code spring.datasource.*}, {@code spring.kafka.bootstrap-servers}
 * and {@code spring.mongodb.uri} as asked.
 *
 * <pre>{@code
 * @SpringBootTest
 * @UseDevStack(postgres = "jobs", kafka = true)
 * class JobSearchIT { ... }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextCustomizerFactories(DevStackContextCustomizerFactory.class)
public @interface UseDevStack {

    /** The PostgreSQL database of the service under test, created on demand; empty for none. */
    String postgres() default "";

    /** Whether the test needs the Kafka broker. */
    boolean kafka() default false;

    /** The MongoDB database of the service under test; empty for none. */
    String mongo() default "";
}
