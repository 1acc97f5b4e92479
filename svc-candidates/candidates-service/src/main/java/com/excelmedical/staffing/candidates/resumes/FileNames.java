package com.excelmedical.staffing.candidates.resumes;

import java.text.Normalizer;

/**
 * The name an upload declared, kept for the record and offered back on download: no directory parts
 * ({@code ../../etc/passwd} and {@code C:\x\cv.pdf} keep their last part), no control or quoting characters,
 * at most {@value #MAX_LENGTH} characters (the end, with its extension, is kept), {@code resume} when nothing
 * is left.
 */
final class FileNames {

    static final int MAX_LENGTH = 120;
    private static final String FALLBACK = "resume";

    private FileNames() {
    }

    static String sanitise(String declared) {
        if (declared == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && "\"<>|:*?;".indexOf(c) < 0 && Character.getType(c) != Character.FORMAT
                    && !(c >= 0xD800 && c <= 0xDFFF) && Character.isDefined(c)) {
                kept.appendCodePoint(Character.isWhitespace(c) ? ' ' : c);
            }
        });
        String clean = kept.toString().strip().replaceAll(" {2,}", " ");
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank()) {
            return FALLBACK;
        }
        if (clean.codePointCount(0, clean.length()) > MAX_LENGTH) {
            int start = clean.offsetByCodePoints(clean.length(), -MAX_LENGTH);
            clean = clean.substring(start).strip();
        }
        return clean;
    }
}
