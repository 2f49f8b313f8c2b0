package no.muni.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** Document properties and saving for the generated PDFs, made reproducible: same seed, same bytes. */
final class PdfFiles {

    private PdfFiles() {
    }

    static void save(PDDocument doc, Path out, String title, String author, LocalDate date) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor(author);
        info.setProducer("muni corpus-generator (Apache PDFBox)");
        GregorianCalendar when = GregorianCalendar.from(date.atStartOfDay(ZoneId.of("Europe/Oslo")));
        info.setCreationDate(when);
        info.setModificationDate(when);
        // PDFBox derives the trailer /ID from the clock when none is set; a fixed one keeps regeneration diff-free.
        byte[] id = Arrays.copyOf(md5(out.getFileName().toString()), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(out.toFile());
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
