package com.excelmedical.staffing.local.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A service maps its class-data archive when there is one, records for it when there is none, and never writes it at exit. */
class JvmOptionsTest {

    @TempDir
    Path cache;

    @Test
    void anExistingArchiveIsMapped() throws Exception {
        Path archive = Files.writeString(ClassDataArchive.of(cache, PlatformServices.JOBS), "archive");

        assertThat(JvmOptions.of(PlatformServices.JOBS, archive, cache))
                .contains("-Xmx192m", "-XX:SharedArchiveFile=" + archive)
                .doesNotContain("-XX:+RecordDynamicDumpInfo", "-XX:+AutoCreateSharedArchive");
    }

    @Test
    void aMissingArchiveIsRecordedForWithoutAnExitDump() {
        Path archive = ClassDataArchive.of(cache, PlatformServices.JOBS);

        assertThat(JvmOptions.of(PlatformServices.JOBS, archive, cache))
                .contains("-XX:+RecordDynamicDumpInfo")
                .noneMatch(option -> option.startsWith("-XX:SharedArchiveFile") || option.startsWith("-XX:ArchiveClassesAtExit")
                        || option.equals("-XX:+AutoCreateSharedArchive"));
    }

    @Test
    void noArchiveMeansNeitherOption() {
        assertThat(JvmOptions.of(PlatformServices.GATEWAY, null, cache))
                .noneMatch(option -> option.contains("SharedArchive") || option.contains("DynamicDump"));
    }

    @Test
    void theArchiveNameCarriesTheJdkVersion() {
        assertThat(ClassDataArchive.of(cache, PlatformServices.IDENTITY).getFileName().toString())
                .startsWith("identity-" + Runtime.version().feature()).endsWith(".jsa");
    }
}
