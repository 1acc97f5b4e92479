package com.excelmedical.staffing.candidates.resumes;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * An OLE2 compound file is either a password-protected Office Open XML document (its package encrypted
 * inside an {@code EncryptionInfo}/{@code EncryptedPackage} pair) or a legacy binary Office file.
 */
final class Ole2Container {

    private Ole2Container() {
    }

    static boolean isEncryptedOfficeDocument(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            return fs.getRoot().hasEntry("EncryptionInfo") && fs.getRoot().hasEntry("EncryptedPackage");
        } catch (IOException | RuntimeException e) {
            throw new UnreadableResume(UnreadableResume.Reason.DAMAGED, e);
        }
    }
}
