package com.excelmedical.staffing.candidates.resumes;

import java.util.Objects;
import java.util.Set;

/**
 * Reads an uploaded resume: decides its type from the content (a file's name and declared type are never
 * trusted) and extracts its text, or refuses it. Refusals: {@link ResumeTooLarge} over the size limit,
 * {@link UnsupportedResumeType} for anything but PDF, DOCX or plain text (an executable or a ZIP named
 * {@code cv.pdf}), {@link UnreadableResume} for an empty, damaged, encrypted or text-less file and for a
 * DOCX that would inflate beyond the limits. Never anything else for any input.
 */
public final class ResumeReader {

    private static final String WORD_DOCUMENT_PART = "word/document.xml";

    private final ResumeLimits limits;

    public ResumeReader(ResumeLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    public ResumeReader() {
        this(ResumeLimits.DEFAULTS);
    }

    /** The type of {@code content}; {@code declaredName} is accepted for the record only and not used. */
    public ResumeType detect(byte[] content, String declaredName) {
        if (content.length == 0) {
            throw new UnreadableResume(UnreadableResume.Reason.EMPTY);
        }
        if (content.length > limits.maxBytes()) {
            throw new ResumeTooLarge(content.length, limits.maxBytes());
        }
        ContentSniffer.Sniffed sniffed = ContentSniffer.sniff(content);
        return switch (sniffed.kind()) {
            case PDF -> ResumeType.PDF;
            case TEXT -> ResumeType.TEXT;
            case ZIP -> wordDocumentOrRefuse(content, sniffed);
            case OLE2 -> throw Ole2Container.isEncryptedOfficeDocument(content)
                    ? new UnreadableResume(UnreadableResume.Reason.ENCRYPTED)
                    : new UnsupportedResumeType(sniffed.mediaType().getBaseType().toString());
            case OTHER -> throw new UnsupportedResumeType(sniffed.mediaType().getBaseType().toString());
        };
    }

    /** The type and text of {@code content}. */
    public ResumeText read(byte[] content, String declaredName) {
        ResumeType type = detect(content, declaredName);
        String text = switch (type) {
            case PDF -> PdfText.extract(content, limits);
            case DOCX -> DocxText.extract(content);
            case TEXT -> PlainText.decode(content);
        };
        String kept = text.strip();
        if (kept.isEmpty()) {
            throw new UnreadableResume(UnreadableResume.Reason.NO_TEXT);
        }
        return new ResumeText(type, kept.length() > limits.maxTextChars() ? kept.substring(0, limits.maxTextChars()) : kept);
    }

    private ResumeType wordDocumentOrRefuse(byte[] content, ContentSniffer.Sniffed sniffed) {
        Set<String> entries = ZipGuard.entryNames(content, limits);
        if (!entries.contains(WORD_DOCUMENT_PART)) {
            throw new UnsupportedResumeType(sniffed.mediaType().getBaseType().toString());
        }
        return ResumeType.DOCX;
    }
}
