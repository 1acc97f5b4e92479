package com.excelmedical.staffing.candidates.benchmark;

import com.excelmedical.staffing.candidates.resumes.ResumeFiles;
import com.excelmedical.staffing.candidates.resumes.ResumeReader;
import com.excelmedical.staffing.candidates.resumes.SampleResume;
import com.excelmedical.staffing.candidates.resumes.parsing.ParsedResume;
import com.excelmedical.staffing.candidates.resumes.parsing.ResumeParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What reading and parsing one generated two-page resume costs, single-threaded: PDF (PDFBox) and DOCX
 * (POI) from bytes to {@link ParsedResume}, and the parse of the extracted text alone. p50, p95, p99 and
 * max of the elapsed time, and p50 and p95 of the thread's CPU time (which a busy machine stretches
 * less), over {@code benchmark.iterations} runs (default 300) after {@code benchmark.warmUp} (default 100).
 * Not part of {@code verify}: run with {@code ./mvnw -B verify -pl svc-candidates/candidates-service -am
 * -Pbenchmark -Dtest=none -Dit.test=ResumeParseBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfailsafe.failIfNoSpecifiedTests=false}. Results go to standard output and
 * {@code target/benchmark-results-resumes.txt}. Target: p95 ≤ 300 ms. It lives outside the feature
 * packages so that a test filter on them ({@code -Dtest='...resumes.**'}) does not run it.
 */
class ResumeParseBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int WARM_UP = Integer.getInteger("benchmark.warmUp", 100);
    private static final int ITERATIONS = Integer.getInteger("benchmark.iterations", 300);

    private final ResumeReader reader = new ResumeReader();
    private final ResumeParser parser = new ResumeParser();
    private final List<String> results = new ArrayList<>();

    @Test
    void readsAndParsesATwoPageResume() throws IOException {
        byte[] pdf = ResumeFiles.pdf(SampleResume.lines());
        byte[] docx = ResumeFiles.docx(SampleResume.lines());
        String text = reader.read(pdf, "cv.pdf").text();
        results.add("%d cores, %s; %d runs after %d warm-up runs; PDF %d bytes, DOCX %d bytes, text %d chars".formatted(
                Runtime.getRuntime().availableProcessors(), Runtime.version(), ITERATIONS, WARM_UP, pdf.length, docx.length, text.length()));

        measure("PDF, read and parse", () -> parser.parse(reader.read(pdf, "cv.pdf").text()));
        measure("DOCX, read and parse", () -> parser.parse(reader.read(docx, "cv.docx").text()));
        measure("parse of the text alone", () -> parser.parse(text));

        results.forEach(System.out::println);
        Files.write(Path.of("target", "benchmark-results-resumes.txt"), results,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }

    private void measure(String what, Supplier<ParsedResume> run) {
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(run.get().workHistory()).hasSize(3);
        }
        double[] millis = new double[ITERATIONS];
        double[] cpuMillis = new double[ITERATIONS];
        for (int i = 0; i < ITERATIONS; i++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            ParsedResume parsed = run.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            cpuMillis[i] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
            assertThat(parsed.certifications()).hasSize(5);
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        double p95 = percentile(millis, 0.95);
        results.add("%-26s p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms, max %7.2f ms; CPU p50 %6.2f ms, p95 %6.2f ms; target p95 <= 300 ms %s"
                .formatted(what, percentile(millis, 0.50), p95, percentile(millis, 0.99), millis[millis.length - 1],
                        percentile(cpuMillis, 0.50), percentile(cpuMillis, 0.95), p95 <= 300 ? "met" : "MISSED"));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
