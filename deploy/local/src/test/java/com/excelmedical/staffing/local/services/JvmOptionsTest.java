package com.excelmedical.staffing.local.services;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A service maps its AOT cache when there is one, and records for it (into a file moved into place once complete) when there is none. */
class JvmOptionsTest {

    @TempDir
    Path cache;

    @Test
    void anExistingArchiveIsMapped() throws Exception {
        Path archive = Files.writeString(ClassDataArchive.of(cache, PlatformServices.JOBS), "archive");

        assertThat(JvmOptions.of(PlatformServices.JOBS, archive, cache))
                .contains("-Xmx192m", "-XX:AOTCache=" + archive)
                .noneMatch(option -> option.startsWith("-XX:AOTCacheOutput") || option.startsWith("-XX:AOTMode=record")
                        || option.contains("SharedArchive") || option.contains("DynamicDump"));
    }

    @Test
    void aMissingArchiveIsRecordedForIntoAPartialFile() {
        Path archive = ClassDataArchive.of(cache, PlatformServices.JOBS);

        assertThat(JvmOptions.of(PlatformServices.JOBS, archive, cache))
                .contains("-XX:AOTCacheOutput=" + cache.resolve(archive.getFileName() + ".partial"))
                .noneMatch(option -> option.startsWith("-XX:AOTCache=") || option.contains("SharedArchive")
                        || option.contains("DynamicDump"));
    }

    @Test
    void noArchiveMeansNeitherOption() {
        assertThat(JvmOptions.of(PlatformServices.GATEWAY, null, cache))
                .noneMatch(option -> option.contains("AOTCache") || option.contains("SharedArchive") || option.contains("DynamicDump"));
    }

    @Test
    void recordingRemovesWhatEarlierRecordingsLeft() throws Exception {
        Path archive = ClassDataArchive.of(cache, PlatformServices.JOBS);
        Path oldDynamicArchive = Files.writeString(cache.resolve("jobs-25.0.1_8_LTS.jsa"), "archive");
        Path stoppedRecording = Files.writeString(cache.resolve(archive.getFileName() + ".partial.config"), "");
        Path otherService = Files.writeString(cache.resolve("jobsearch-25.0.1_8_LTS.aot"), "cache");
        Path jar = Files.writeString(cache.resolve("jobs-service-0.1.0-SNAPSHOT.jar"), "jar");

        ClassDataArchive.removeStale(archive, PlatformServices.JOBS);

        assertThat(oldDynamicArchive).doesNotExist();
        assertThat(stoppedRecording).doesNotExist();
        assertThat(otherService).exists();
        assertThat(jar).exists();
    }

    @Test
    void theArchiveNameCarriesTheJdkVersion() {
        assertThat(ClassDataArchive.of(cache, PlatformServices.IDENTITY).getFileName().toString())
                .startsWith("identity-" + Runtime.version().feature()).endsWith(".aot");
    }
}
