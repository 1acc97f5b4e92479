package com.excelmedical.staffing.candidates.resumes;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Uploads that are not what they claim, or that try to hurt the reader. */
final class HostileFiles {

    private HostileFiles() {
    }

    /** The start of a Windows executable: "MZ", a DOS stub, and a PE header. */
    static byte[] windowsExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.ISO_8859_1), 0, exe, 0x80, 4);
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(stub, 0, exe, 0x4E, stub.length);
        return exe;
    }

    /** The start of a Linux executable: an ELF header. */
    static byte[] linuxExecutable() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2;
        elf[18] = 0x3E;
        return elf;
    }

    /** A ZIP archive holding a text file: a container, but not a Word document. */
    static byte[] plainZip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("resume.txt"));
            zip.write(SampleResume.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PDF header followed by noise: no objects, no cross-reference table, no trailer. */
    static byte[] damagedPdf() {
        byte[] noise = new byte[8192];
        new java.util.Random(7).nextBytes(noise);
        byte[] header = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = Arrays.copyOf(header, header.length + noise.length);
        System.arraycopy(noise, 0, pdf, header.length, noise.length);
        return pdf;
    }

    /** A real DOCX with one more entry: a gibibyte of zeros, about 4.7 MB on the wire (fast deflate level). */
    static byte[] docxBomb(byte[] docx) {
        return docxWithPadding(docx, 1L << 30, Deflater.BEST_SPEED, chunk -> Arrays.fill(chunk, (byte) 0));
    }

    /** A real DOCX with one more entry of {@code inflatedBytes} random letters (they compress less than twofold). */
    static byte[] docxWithRandomText(byte[] docx, long inflatedBytes) {
        java.util.Random random = new java.util.Random(11);
        return docxWithPadding(docx, inflatedBytes, Deflater.DEFAULT_COMPRESSION, chunk -> {
            for (int i = 0; i < chunk.length; i++) {
                chunk[i] = (byte) ('a' + random.nextInt(26));
            }
        });
    }

    private static byte[] docxWithPadding(byte[] docx, long inflatedBytes, int level, java.util.function.Consumer<byte[]> fill) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(level);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("customXml/padding.xml"));
            byte[] chunk = new byte[1 << 20];
            fill.accept(chunk);
            for (long written = 0; written < inflatedBytes; written += chunk.length) {
                zip.write(chunk, 0, (int) Math.min(chunk.length, inflatedBytes - written));
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** {@code docx} protected with a password the way Word does it: an OLE2 file around the encrypted package. */
    static byte[] encryptedDocx(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A legacy binary Word file as far as its container goes. */
    static byte[] legacyWordContainer() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new ByteArrayInputStream(new byte[4096]), "WordDocument");
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
