package com.excelmedical.staffing.devstack.test;

import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

import java.util.List;

/** Turns {@link UseDevStack} into a context customizer; equal annotations share a cached context. */
public class DevStackContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        UseDevStack use = TestContextAnnotationUtils.findMergedAnnotation(testClass, UseDevStack.class);
        if (use == null) {
            return null;
        }
        return new DevStackContextCustomizer(use.postgres(), use.kafka(), use.mongo());
    }
}
