package com.excelmedical.staffing.candidates.resumes;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;

/**
 * Text of a PDF with Apache PDFBox, the first pages only. A PDF that needs a password to open, or whose
 * permissions forbid extracting its text, is refused as encrypted; one PDFBox cannot parse, as damaged.
 */
final class PdfText {

    private PdfText() {
    }

    static String extract(byte[] content, ResumeLimits limits) {
        try (PDDocument document = Loader.loadPDF(content)) {
            if (document.getNumberOfPages() == 0) {
                throw new UnreadableResume(UnreadableResume.Reason.DAMAGED);
            }
            if (document.isEncrypted() && !document.getCurrentAccessPermission().canExtractContent()) {
                throw new UnreadableResume(UnreadableResume.Reason.ENCRYPTED);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setEndPage(limits.maxPages());
            return stripper.getText(document);
        } catch (InvalidPasswordException e) {
            throw new UnreadableResume(UnreadableResume.Reason.ENCRYPTED, e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableResume unreadable) {
                throw unreadable;
            }
            throw new UnreadableResume(UnreadableResume.Reason.DAMAGED, e);
        }
    }
}
