package com.excelmedical.staffing.platform.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An amount of money as the platform stores it ({@code numeric(10, 2)}): from 0 to 99,999,999.99, at most
 * two decimals. Checked at the edge, so a value the column cannot hold (or one with a billion-digit
 * exponent) is a 400 naming the field, never a database error.
 */
@Documented
@Constraint(validatedBy = {})
@Digits(integer = 8, fraction = 2)
@DecimalMin("0")
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

    String message() default "must be an amount from 0 to 99999999.99 with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
