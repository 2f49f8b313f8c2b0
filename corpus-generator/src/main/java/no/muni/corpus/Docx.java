package no.muni.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * What the two DOCX writers share: a document with Word's own style names (so "heading 1" is a
 * heading to any reader, Tika included), a real bullet numbering definition for list paragraphs,
 * and reproducible saving.
 */
final class Docx {

    private static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /**
     * Style ids and names as Word writes them: readers match on the name ("heading 1", "List Paragraph"),
     * so these must be Word's built-in names, not invented ones.
     */
    private static final String STYLES = """
            <w:styles %s>
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>\
            <w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr>\
            <w:rPr><w:rFonts w:ascii="Calibri Light" w:hAnsi="Calibri Light"/><w:sz w:val="44"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/>\
            <w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="32"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/>\
            <w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="1F4E79"/><w:sz w:val="28"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="60"/>\
            <w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>\
            <w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
            <w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>\
            <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
            <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>
            """.formatted(W);

    /** A two-level bullet list ("•", then "–"), the definition Word writes for its bullet button. */
    private static final String BULLETS = """
            <w:numbering %s>
              <w:abstractNum w:abstractNumId="0">
                <w:multiLevelType w:val="hybridMultilevel"/>
                <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>\
            <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
                <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/>\
            <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
              </w:abstractNum>
            </w:numbering>
            """.formatted(W);

    private Docx() {
    }

    static XWPFDocument create(String title, String creator, LocalDate created) throws IOException {
        XWPFDocument doc = new XWPFDocument();
        try {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(STYLES).getStyles());
        } catch (XmlException e) {
            throw new IOException("bad built-in styles", e);
        }
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(title);
        core.setCreator(creator);
        Optional<Date> date = Optional.of(Date.from(created.atStartOfDay(ZoneOffset.UTC).toInstant()));
        core.setCreated(date);
        core.setModified(date);
        return doc;
    }

    /** Registers the bullet definition; returns the numId list paragraphs refer to. */
    static BigInteger bulletList(XWPFDocument doc) throws IOException {
        CTAbstractNum definition;
        try {
            definition = NumberingDocument.Factory.parse(BULLETS).getNumbering().getAbstractNumArray(0);
        } catch (XmlException e) {
            throw new IOException("bad built-in numbering", e);
        }
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
        return numbering.addNum(abstractId);
    }

    static void runs(XWPFParagraph p, List<Run> runs) {
        for (Run run : runs) {
            XWPFRun r = p.createRun();
            r.setText(run.text());
            if (run.bold()) {
                r.setBold(true);
            }
            if (run.italic()) {
                r.setItalic(true);
            }
        }
    }

    /** A paragraph that is item {@code level} (0-based) of the list {@code numId}: Word's numPr, not a typed dash. */
    static void listItem(XWPFParagraph p, BigInteger numId, int level, List<Run> runs) {
        p.setStyle("ListParagraph");
        p.setNumID(numId);
        p.setNumILvl(BigInteger.valueOf(level));
        runs(p, runs);
    }

    /**
     * Saves, then rewrites the zip with fixed entry times: POI stamps entries with the current time,
     * which would make every regeneration a binary diff.
     */
    static void save(XWPFDocument doc, Path out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        doc.write(raw);
        long fixedTime = LocalDate.of(2020, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             OutputStream file = Files.newOutputStream(out);
             ZipOutputStream zip = new ZipOutputStream(file)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTime(fixedTime);
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
