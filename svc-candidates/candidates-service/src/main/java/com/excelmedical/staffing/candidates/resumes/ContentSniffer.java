package com.excelmedical.staffing.candidates.resumes;

import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Detects the type of an upload from its bytes alone with tika-core's magic-byte database and its text
 * heuristics; the file name is never given to the detector.
 */
final class ContentSniffer {

    private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

    private ContentSniffer() {
    }

    record Sniffed(ContentKind kind, MediaType mediaType) {
    }

    static Sniffed sniff(byte[] content) {
        MediaType type = detect(content);
        MediaTypeRegistry registry = TYPES.getMediaTypeRegistry();
        if (type.equals(MediaType.application("pdf"))) {
            return new Sniffed(ContentKind.PDF, type);
        }
        if (registry.isInstanceOf(type, MediaType.APPLICATION_ZIP)) {
            return new Sniffed(ContentKind.ZIP, type);
        }
        if (registry.isInstanceOf(type, OLE2)) {
            return new Sniffed(ContentKind.OLE2, type);
        }
        if (type.equals(MediaType.TEXT_PLAIN)) {
            return new Sniffed(ContentKind.TEXT, type);
        }
        return new Sniffed(ContentKind.OTHER, type);
    }

    private static MediaType detect(byte[] content) {
        try (InputStream in = TikaInputStream.get(content)) {
            return TYPES.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException("reading from memory failed", e);
        }
    }
}
