package com.excelmedical.staffing.candidates.resumes;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Walks a ZIP container entry by entry, inflating each into nothing and counting the bytes as they come,
 * so that a container that would inflate beyond the limits is refused after reading at most the limit,
 * whatever sizes its headers claim. Returns the entry names.
 */
final class ZipGuard {

    private static final long GRACE_BYTES = 1024 * 1024;

    private ZipGuard() {
    }

    static Set<String> entryNames(byte[] container, ResumeLimits limits) {
        Counting raw = new Counting(new ByteArrayInputStream(container));
        Set<String> names = new LinkedHashSet<>();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() >= limits.maxZipEntries()) {
                    throw new UnreadableResume(UnreadableResume.Reason.EXPANDS_TOO_FAR);
                }
                names.add(entry.getName());
                long entryBytes = 0;
                for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
                    entryBytes += n;
                    total += n;
                    if (entryBytes > limits.maxInflatedEntryBytes() || total > limits.maxInflatedBytes()
                            || (total > GRACE_BYTES && total > raw.count * limits.maxInflateRatio())) {
                        throw new UnreadableResume(UnreadableResume.Reason.EXPANDS_TOO_FAR);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableResume(UnreadableResume.Reason.DAMAGED, e);
        }
        if (names.isEmpty()) {
            throw new UnreadableResume(UnreadableResume.Reason.DAMAGED);
        }
        return names;
    }

    private static final class Counting extends FilterInputStream {
        private long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
