package com.excelmedical.staffing.devstack.test;

import com.excelmedical.staffing.devstack.DockerDetector;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** The condition behind {@link EnabledIfDocker}. */
final class DockerCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return DockerDetector.dockerAvailable()
                ? ConditionEvaluationResult.enabled("a Docker engine is reachable")
                : ConditionEvaluationResult.disabled("no Docker engine on this machine");
    }
}
