package no.muni.corpus;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * 003: the city council's volunteering policy platform, as a PDF policy document: numbered section
 * headings in larger bold type ("1. Mål"), numbered clauses ("3.2.") and lettered measures ("a)")
 * with hanging numbers, and the closing goals/strategies table drawn as a ruled table.
 *
 * <p>The transcription marks clauses inconsistently (sections 1-4 as "- 1.1." list items, 5-9 as
 * plain "5.1." lines; measures under 4.2 nested one level deeper than under 5.2); the original was
 * one consistent multilevel numbering, so all clauses and all measures are set alike here.
 */
final class PlatformPdfWriter {

    private static final Pattern SECTION = Pattern.compile("\\d+\\. \\S.*");
    private static final Pattern CLAUSE = Pattern.compile("(\\d+\\.\\d+\\.)\\s+(.*)");
    private static final Pattern MEASURE = Pattern.compile("([a-z]\\))\\s+(.*)");

    private static final PdfFlow.Style TITLE = new PdfFlow.Style(18f, 23f, 0, 0, 0, 6f);
    private static final PdfFlow.Style SUBTITLE = new PdfFlow.Style(11f, 15f, 0, 0, 0, 12f);
    private static final PdfFlow.Style SECTION_HEADING = new PdfFlow.Style(13f, 17f, 0, 0, 14f, 6f);
    private static final PdfFlow.Style TEXT = new PdfFlow.Style(10.5f, 14.5f, 0, 0, 0, 7f);
    /** A clause that only introduces the measures below it ("4.2. Aktuelle tiltak 2015-2018:") is a sub-heading. */
    private static final PdfFlow.Style CLAUSE_HEADING = new PdfFlow.Style(11.5f, 15f, 0, 32f, 6f, 5f);
    private static final PdfFlow.Style CLAUSE_TEXT = TEXT.withLabel(32f);
    private static final PdfFlow.Style MEASURE_TEXT = TEXT.indented(32f).withLabel(18f).spacing(0, 5f);
    private static final PdfFlow.Style TABLE = new PdfFlow.Style(9.5f, 12.5f, 0, 0, 10f, 0);

    private PlatformPdfWriter() {
    }

    static void write(Seed seed, Path out) throws IOException {
        List<SeedLine> lines = seed.nonBlank();
        List<List<List<Run>>> table = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfFlow flow = new PdfFlow(doc, PDRectangle.A4, 70f, 70f, 72f, 60f, null);
            String title = null;
            for (int i = 0; i < lines.size(); i++) {
                SeedLine line = lines.get(i);
                String text = switch (line) {
                    case SeedLine.Para p -> p.text();
                    case SeedLine.Item item -> item.text();
                    default -> null;
                };
                Matcher clause = text == null ? null : CLAUSE.matcher(text);
                Matcher measure = text == null ? null : MEASURE.matcher(text);
                if (line instanceof SeedLine.Row row) {
                    table.add(cells(row, table.isEmpty()));
                } else if (!table.isEmpty()) {
                    throw new IllegalStateException("003: the table is expected to close the document");
                } else if (i == 0) {
                    title = text;
                    flow.paragraph(List.of(Run.bold(text)), TITLE);
                } else if (i == 1) {
                    flow.paragraph(Inline.parse(text), SUBTITLE);
                } else if (line instanceof SeedLine.Para && SECTION.matcher(text).matches()) {
                    flow.keepTogether(SECTION_HEADING.spaceBefore() + SECTION_HEADING.leading() + 3 * TEXT.leading());
                    flow.paragraph(List.of(Run.bold(text)), SECTION_HEADING);
                } else if (clause.matches() && clause.group(2).endsWith(":")) {
                    flow.keepTogether(CLAUSE_HEADING.spaceBefore() + CLAUSE_HEADING.leading() + 2 * TEXT.leading());
                    flow.labelled(Run.bold(clause.group(1)),
                            Inline.parse(clause.group(2)).stream().map(Run::withBold).toList(), CLAUSE_HEADING);
                } else if (clause.matches()) {
                    flow.labelled(Run.bold(clause.group(1)), Inline.parse(clause.group(2)), CLAUSE_TEXT);
                } else if (measure.matches()) {
                    flow.labelled(Run.plain(measure.group(1)), Inline.parse(measure.group(2)), MEASURE_TEXT);
                } else if (line instanceof SeedLine.Para) {
                    flow.paragraph(Inline.parse(text), TEXT);
                } else {
                    throw new IllegalStateException("003: unexpected line " + line);
                }
            }
            flow.table(new float[] {110f, 150f, 195f}, table, 1, TABLE, 5f, new Color(0xDD, 0xE6, 0xF0));
            flow.finish();
            PdfFiles.save(doc, out, title, "Drammen kommune", LocalDate.of(2014, 6, 17));
        }
    }

    /** Header cells and the row captions in the first column are bold, as table headers are set. */
    private static List<List<Run>> cells(SeedLine.Row row, boolean header) {
        List<List<Run>> cells = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            List<Run> runs = Inline.parse(row.cells().get(c));
            cells.add(header || c == 0 ? runs.stream().map(Run::withBold).toList() : runs);
        }
        return cells;
    }
}
