package com.excelmedical.staffing.local.services;

import java.util.Map;
import java.util.function.Function;

/**
 * One process of the platform: where its jar is built, the port it listens on (and the variable that moves
 * it), where its readiness probe answers, and the environment variables it is configured with.
 *
 * @param name             the service's short name, also its log file and its prefix on the console
 * @param module           the Maven module that builds its jar, relative to the repository root
 * @param portVariable     the launcher's variable that moves the port
 * @param defaultPort      the port when the variable is unset
 * @param managementPort   the actuator's own port, or {@link ManagementPort#SAME} when it shares the API port
 * @param heap             the maximum heap ({@code -Xmx}), e.g. {@code 192m}
 * @param environment      the service's environment, from what the run has started so far
 */
public record ServiceSpec(String name, String module, String portVariable, int defaultPort, ManagementPort managementPort,
                          String heap, Function<Wiring, Map<String, String>> environment) {

    public static final String READINESS_PATH = "/actuator/health/readiness";

    /** A separate actuator port and the variable that moves it. */
    public record ManagementPort(String variable, int defaultPort) {
        public static final ManagementPort SAME = new ManagementPort(null, 0);

        public boolean separate() {
            return variable != null;
        }
    }
}
