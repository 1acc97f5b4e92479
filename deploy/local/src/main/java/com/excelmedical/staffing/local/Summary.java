package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.demo.DemoAccount;
import com.excelmedical.staffing.local.demo.DemoData;
import com.excelmedical.staffing.local.platform.LocalPlatform;
import com.excelmedical.staffing.local.services.ServiceProcess;
import com.excelmedical.staffing.local.services.Wiring;

import java.io.PrintStream;

/** What the command prints once the platform is up: where to go, where the logs are, whom to sign in as. */
final class Summary {

    private Summary() {
    }

    static void print(LocalPlatform platform, PrintStream console) {
        console.println();
        console.println("The platform is running.");
        console.println("  gateway      " + platform.gateway() + "/api/...");
        console.println("  Swagger UI   " + platform.gateway() + "/swagger-ui.html");
        console.println("  metrics      " + platform.gatewayManagement() + "/actuator/prometheus (gateway)");
        platform.prometheus().ifPresentOrElse(url -> console.println("  Prometheus   " + url),
                () -> console.println("  Prometheus   not started (no prometheus binary on the PATH)"));
        console.println("Logs (warnings and errors also appear here):");
        for (ServiceProcess process : platform.processes()) {
            console.printf("  %-12s %s%n", process.service().name(), process.logFile());
        }
        console.printf("  %-12s %s%n", "infra", platform.data().logs().resolve("infrastructure.log"));
        console.println("Demo accounts (email / password):");
        console.printf("  %-10s %-32s %s%n", "admin", Wiring.ADMIN_EMAIL, Wiring.ADMIN_PASSWORD);
        for (DemoAccount account : DemoData.accounts()) {
            console.printf("  %-10s %-32s %s%n", account.role().wire(), account.email(), account.password());
        }
        console.println("Sign in: curl -s -X POST " + platform.gateway() + "/api/identity/token -H 'Content-Type: application/json' "
                + "-d '{\"email\":\"" + DemoAccount.CANDIDATE_A.email() + "\",\"password\":\"" + DemoAccount.CANDIDATE_A.password() + "\"}'");
        console.println("Stop with Ctrl-C.");
    }
}
