package no.muni.corpus;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * 000: a politician's written question with the municipal director's answer, as the two-page letter
 * PDF the municipality publishes. The transcription has the letterhead block ("Kommunedirektør ...
 * kommunepost@...") in the middle of the text only because it was page 1's footer; here it is taken
 * out of the body and drawn as the footer of every page, the body flowing across both pages.
 */
final class LetterPdfWriter {

    private static final Set<String> META_KEYS = Set.of("Til:", "Fra:", "Dato:", "Saksnr:", "Deres ref:");
    private static final Set<String> SECTION_HEADINGS = Set.of("Svar", "Vedlegg");
    /** Letterhead lines printed bold: the sender unit and the field captions. */
    private static final Set<String> LETTERHEAD_CAPTIONS =
            Set.of("Kommunedirektør", "Organisasjonsnummer", "Postadresse", "Besøksadresse");
    private static final Pattern ANSWER = Pattern.compile("(\\d+\\))\\s+(.*)");

    private static final float BODY = 11f;
    private static final PdfFlow.Style TITLE = new PdfFlow.Style(14f, 18f, 0, 0, 0, 14f);
    private static final PdfFlow.Style META = new PdfFlow.Style(10f, 13.5f, 0, 0, 0, 0);
    private static final PdfFlow.Style TEXT = new PdfFlow.Style(BODY, 15f, 0, 0, 0, 9f);
    private static final PdfFlow.Style HEADING = new PdfFlow.Style(12f, 16f, 0, 0, 8f, 6f);
    private static final PdfFlow.Style ANSWER_ITEM = TEXT.withLabel(22f);
    private static final PdfFlow.Style ATTACHMENT = TEXT.spacing(0, 2f);

    private static final float MARGIN_X = 70f;
    private static final float FOOTER_TOP = 112f;
    private static final float FOOTER_SIZE = 7.5f;

    private LetterPdfWriter() {
    }

    static void write(Seed seed, Path out) throws IOException {
        List<SeedLine> lines = seed.lines();
        int headStart = indexOf(lines, "Kommunedirektør");
        int headEnd = indexOfContaining(lines, "@", headStart);
        List<List<String>> letterhead = groups(lines.subList(headStart, headEnd + 1));
        List<SeedLine> body = new ArrayList<>(lines.subList(0, headStart));
        body.addAll(lines.subList(headEnd + 1, lines.size()));

        try (PDDocument doc = new PDDocument()) {
            PdfFlow flow = new PdfFlow(doc, PDRectangle.A4, MARGIN_X, MARGIN_X, 64f, FOOTER_TOP + 24f,
                    (cs, page) -> paintFooter(cs, page, letterhead));
            String title = ((SeedLine.Para) seed.nonBlank().getFirst()).text();
            boolean inAttachments = false;
            boolean metaGroupOpen = false;
            for (SeedLine line : body) {
                switch (line) {
                    case SeedLine.Blank b -> {
                        if (metaGroupOpen) {
                            flow.paragraph(List.of(), META.spacing(0, 0)); // blank line between meta groups
                            metaGroupOpen = false;
                        }
                    }
                    case SeedLine.Para p when p.text().equals(title) -> flow.paragraph(List.of(Run.bold(title)), TITLE);
                    case SeedLine.Para p when isMeta(p.text()) -> {
                        String key = META_KEYS.stream().filter(p.text()::startsWith).findFirst().orElseThrow();
                        flow.paragraph(List.of(Run.bold(key), Run.plain(p.text().substring(key.length()))), META);
                        metaGroupOpen = true;
                    }
                    case SeedLine.Para p when SECTION_HEADINGS.contains(p.text()) -> {
                        flow.keepTogether(HEADING.spaceBefore() + HEADING.leading() + 3 * TEXT.leading());
                        flow.paragraph(List.of(Run.bold(p.text())), HEADING);
                        inAttachments = p.text().equals("Vedlegg");
                    }
                    case SeedLine.Para p -> flow.paragraph(Inline.parse(p.text()), inAttachments ? ATTACHMENT : TEXT);
                    case SeedLine.Item item -> {
                        Matcher m = ANSWER.matcher(item.text());
                        if (!m.matches()) {
                            throw new IllegalStateException("000: unexpected list item " + item.text());
                        }
                        flow.labelled(Run.plain(m.group(1)), Inline.parse(m.group(2)), ANSWER_ITEM);
                    }
                    default -> throw new IllegalStateException("000: unexpected line " + line);
                }
            }
            int pages = flow.finish();
            if (pages != 2) {
                throw new IllegalStateException("000 must be a two-page letter but laid out on " + pages + " pages");
            }
            PdfFiles.save(doc, out, title, "Drammen kommune", LocalDate.of(2023, 8, 21));
        }
    }

    private static boolean isMeta(String text) {
        return META_KEYS.stream().anyMatch(text::startsWith);
    }

    /**
     * The footer: a thin rule, then the letterhead groups side by side in small type, one column per
     * group (the sender unit's two lines share the first column), as on the municipality's letter paper.
     */
    private static void paintFooter(PDPageContentStream cs, PDRectangle page, List<List<String>> groups)
            throws IOException {
        cs.setStrokingColor(new Color(0x1F, 0x4E, 0x79));
        cs.setLineWidth(0.8f);
        cs.moveTo(MARGIN_X, FOOTER_TOP);
        cs.lineTo(page.getWidth() - MARGIN_X, FOOTER_TOP);
        cs.stroke();
        cs.setStrokingColor(Color.BLACK);

        List<List<String>> columns = new ArrayList<>();
        columns.add(new ArrayList<>(groups.get(0)));
        columns.get(0).addAll(groups.get(1));
        columns.addAll(groups.subList(2, groups.size()));

        float[] widths = new float[columns.size()];
        float total = 0;
        for (int c = 0; c < columns.size(); c++) {
            for (String s : columns.get(c)) {
                widths[c] = Math.max(widths[c], PdfFlow.width(s, PdfFlow.BOLD, FOOTER_SIZE));
            }
            total += widths[c];
        }
        float available = page.getWidth() - 2 * MARGIN_X;
        float gap = (available - total) / (columns.size() - 1);
        if (gap < 8f) {
            throw new IllegalStateException("letterhead does not fit the page width");
        }
        float x = MARGIN_X;
        for (int c = 0; c < columns.size(); c++) {
            float baseline = FOOTER_TOP - 14f;
            for (String s : columns.get(c)) {
                cs.beginText();
                cs.setFont(LETTERHEAD_CAPTIONS.contains(s) ? PdfFlow.BOLD : PdfFlow.REGULAR, FOOTER_SIZE);
                cs.newLineAtOffset(x, baseline);
                cs.showText(s);
                cs.endText();
                baseline -= FOOTER_SIZE * 1.35f;
            }
            x += widths[c] + gap;
        }
    }

    /** Consecutive non-blank lines form a group; blank lines separate groups. */
    private static List<List<String>> groups(List<SeedLine> lines) {
        List<List<String>> groups = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (SeedLine line : lines) {
            if (line instanceof SeedLine.Para p) {
                current.add(p.text());
            } else if (!current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }

    private static int indexOf(List<SeedLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof SeedLine.Para p && p.text().equals(text)) {
                return i;
            }
        }
        throw new IllegalStateException("000: letterhead line not found: " + text);
    }

    private static int indexOfContaining(List<SeedLine> lines, String part, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i) instanceof SeedLine.Para p && p.text().contains(part)) {
                return i;
            }
        }
        throw new IllegalStateException("000: letterhead end not found");
    }
}
