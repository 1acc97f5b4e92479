package com.excelmedical.staffing.devstack.test;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a test only where a Docker engine is reachable and skips it elsewhere, without probing a
 * Docker socket on machines that have none. For tests of the Testcontainers path only: never let
 * such a test be the only test of a behaviour.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(DockerCondition.class)
public @interface EnabledIfDocker {
}
