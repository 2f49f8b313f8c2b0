package no.muni.corpus;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * 001: minutes of a dialogue meeting, as the Word document the project office wrote. Title in the
 * Title style, the questions ("Spørsmål 1:") as heading 1, the topics under them ("A. Nærutvalg:",
 * "1. Samarbeid") as heading 2 with their letters and numbers as typed, and every "- " line as a
 * real bullet paragraph (List Paragraph + numbering).
 */
final class MinutesDocxWriter {

    private static final Pattern QUESTION = Pattern.compile("Spørsmål \\d+.*");
    private static final Pattern TOPIC = Pattern.compile("([A-Z]|\\d+)\\. \\S.*");

    private MinutesDocxWriter() {
    }

    static void write(Seed seed, Path out) throws IOException {
        String title = ((SeedLine.Para) seed.nonBlank().getFirst()).text();
        try (XWPFDocument doc = Docx.create(title, "Prosjektkontoret", LocalDate.of(2019, 5, 22))) {
            BigInteger bullets = Docx.bulletList(doc);
            SeedLine previous = null;
            for (SeedLine line : seed.nonBlank()) {
                XWPFParagraph p = doc.createParagraph();
                if (previous instanceof SeedLine.Item && line instanceof SeedLine.Para para
                        && Character.isLowerCase(para.text().charAt(0))) {
                    // The rest of a bullet that the original broke across a page ("... for organisasjoner som" /
                    // "jobber mot barn ..."): Word keeps such a line as an un-numbered List Paragraph.
                    p.setStyle("ListParagraph");
                    Docx.runs(p, Inline.parse(para.text()));
                } else {
                    switch (line) {
                        case SeedLine.Item item -> Docx.listItem(p, bullets, item.depth() - 1, Inline.parse(item.text()));
                        case SeedLine.Para para -> {
                            p.setStyle(style(para.text(), title));
                            Docx.runs(p, para.text().equals("REFERAT")
                                    ? List.of(Run.bold(para.text())) : Inline.parse(para.text()));
                        }
                        default -> throw new IllegalStateException("001: unexpected line " + line);
                    }
                }
                previous = line;
            }
            Docx.save(doc, out);
        }
    }

    /** The paragraph style for a plain line: Title, heading 1 for questions, heading 2 for topics, else Normal. */
    private static String style(String text, String title) {
        if (text.equals(title)) {
            return "Title";
        }
        if (QUESTION.matcher(text).matches()) {
            return "Heading1";
        }
        if (TOPIC.matcher(text).matches()) {
            return "Heading2";
        }
        return "Normal";
    }
}
