package com.excelmedical.staffing.local;

import com.excelmedical.staffing.local.services.PlatformServices;
import com.excelmedical.staffing.local.services.ServiceSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The service list leaves out a service whose module is not in the tree, and keeps the gateway last. */
class PlatformServicesTest {

    @TempDir
    Path root;

    @Test
    void onlyServicesWhoseModuleExistsInStartOrderGatewayLast() throws Exception {
        for (String module : new String[] {"svc-identity/identity-service", "svc-jobs/jobs-service", "gateway",
                "svc-content/content-service"}) {
            Files.createDirectories(root.resolve(module));
        }

        assertThat(PlatformServices.present(root)).extracting(ServiceSpec::name)
                .containsExactly("identity", "jobs", "content", "gateway");
    }
}
