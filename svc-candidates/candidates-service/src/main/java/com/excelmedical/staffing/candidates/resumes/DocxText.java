package com.excelmedical.staffing.candidates.resumes;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;

/**
 * Text of a DOCX with Apache POI. {@link ZipGuard} has already bounded the container's expansion; POI's
 * own zip-bomb checks ({@link ZipSecureFile}, process-wide) are set to the default limits as a second line.
 */
final class DocxText {

    static {
        ZipSecureFile.setMinInflateRatio(1.0 / ResumeLimits.DEFAULTS.maxInflateRatio());
        ZipSecureFile.setMaxEntrySize(ResumeLimits.DEFAULTS.maxInflatedEntryBytes());
        ZipSecureFile.setMaxFileCount(ResumeLimits.DEFAULTS.maxZipEntries());
    }

    private DocxText() {
    }

    static String extract(byte[] content) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (Exception e) {
            throw new UnreadableResume(isZipBomb(e) ? UnreadableResume.Reason.EXPANDS_TOO_FAR
                    : UnreadableResume.Reason.DAMAGED, e);
        }
    }

    private static boolean isZipBomb(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
