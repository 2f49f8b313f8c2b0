package no.muni.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import no.muni.model.Block;
import no.muni.model.CaseRef;
import no.muni.model.DocumentStructure;
import no.muni.model.DocumentStructure.Section;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Paragraph;
import no.muni.structure.cases.CaseNumbers;
import no.muni.structure.dates.DateLabels;
import no.muni.structure.dates.NorwegianDates;
import no.muni.structure.furniture.MunicipalityName;
import no.muni.structure.presentation.SlideTranscript;

/**
 * Fills the fields every document has: title, date, case numbers, sections, clean text and its emphasis. The case numbers
 * name cases ("23/00858"); the document number a reference carries ("23/00858-123") stays in the case references.
 */
final class CommonFields {

    /** Metadata (dates, references) sits in a document's first lines. */
    private static final int HEADER_BLOCKS = 8;
    private static final int LABEL_SEARCH_BLOCKS = 40;
    private static final int MAX_TITLE_LENGTH = 250;
    private static final int MAX_HEADER_LINE_LENGTH = 100;
    private static final Pattern DATE_LABEL =
            Pattern.compile("(?iu)^(?:dato|møtedato|vår dato|datert|date)\\s*[:.]?\\s+(.+)$");
    private static final Pattern CASE_NUMBER = Pattern.compile(
            "(?iu)\\b(?:saksnr|saksnummer|sak\\s*nr|arkivsak(?:s?nr)?|arkivsaksnummer|arkivnr|arkivref(?:eranse)?|vår\\s+ref(?:eranse)?|saksmappe"
                    + "|journalpostnr)\\.?\\s*:?\\s*(\\d{2,4}/\\d{1,6}(?:-\\d{1,6})?)");
    /** A date a figure is "as of" or a deadline ("per 31.08.2014", "innen 1. mars 2024") does not date the document. */
    private static final Pattern AS_OF = Pattern.compile(
            "(?iu)\\b(?:per|pr\\.|innen|frist)\\s+(?:\\d{1,2}\\.\\s*\\p{L}+\\.?\\s+\\d{4}|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})");
    /** A saksgang row ("Formannskapet 19.10.2022 88/22") dates a meeting, not the document. */
    private static final Pattern SAKSGANG_ROW = Pattern.compile(
            "(?<![\\d.])\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s+\\d{0,4}/\\d{2,4}(?![\\d/])|(?<![\\d./])\\d{0,4}/\\d{2,4}\\s+\\D{2,60}?\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");
    /** A first line that only names the genre is not the title. */
    private static final Pattern GENRE = Pattern.compile("(?iu)^(?:saksframlegg|saksutredning|saksutskrift|særutskrift"
            + "|notat|\\p{L}*innkalling|\\p{L}*referat|\\p{L}*protokoll)$");
    /** Neither is a date, a word in capitals, or a header label with its value ("Arkivsaksnr.: 24/00312-2"). */
    private static final Pattern HEADER_LINE = Pattern.compile("^(?:\\p{Lu}+|[\\d.\\s/-]+|[\\p{L}.]+(?: [\\p{L}.]+)?:(?: .{0,50})?)$");
    /** Nor the heading of a table of contents. */
    private static final Pattern CONTENTS = Pattern.compile("(?iu)^(?:innhold|innhald|innholdsfortegnelse|innhaldsliste|innhaldsoversikt)$");
    /** A photo's credit ("(Foto: Kari Nordmann)", "Illustrasjon: …"); a sentence above it is the photo's caption. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^\\(?(?:foto|fotograf|bilde|illustrasjon(?:sfoto)?)\\s*:");

    /** @return the title it chose, which later stages read too */
    String fill(List<Block> body, String metadataTitle, DocumentStructure.Builder into) {
        boolean pageTranscript = SlideTranscript.isTranscript(body);
        int titleAt = titleIndex(body, pageTranscript);
        String title = titleAt >= 0 ? coverTitle(body, titleAt, pageTranscript)
                : conventionalTitle(body, pageTranscript)
                        .orElse(metadataTitle == null || metadataTitle.isBlank() ? null : metadataTitle.strip());
        List<CaseRef> caseRefs = CaseNumbers.read(body);
        into.title(title)
                .caseNumber(caseNumber(body))
                .caseRefs(caseRefs)
                .caseNumbers(caseRefs.stream().map(CaseRef::caseWritten).distinct().toList())
                .sections(sections(body, titleAt))
                .text(body.stream().map(Block::text).filter(t -> !t.isBlank()).collect(Collectors.joining("\n\n")))
                .emphasis(emphasis(body));
        Optional<LocalDate> date = date(body);
        into.date(date.orElse(null));
        if (date.isEmpty()) {
            into.dateText(header(body).map(Block::text).map(NorwegianDates::firstVague)
                    .flatMap(Optional::stream).findFirst().orElse(null));
        }
        return title;
    }

    /** The emphasised phrases of the body's running text and list items, in reading order, each once. */
    private static List<String> emphasis(List<Block> body) {
        return body.stream().flatMap(b -> switch (b) {
            case Paragraph p -> p.emphasis().stream();
            case ListItem li -> li.emphasis().stream();
            default -> Stream.<String>empty();
        }).distinct().toList();
    }

    /** The title line with the period of years a cover sets under it ("HANDLINGSPLAN" / "2024 – 2027"). */
    private static String coverTitle(List<Block> body, int titleAt, boolean pageTranscript) {
        String title = TitleConventions.cover(body.get(titleAt).text(), pageTranscript);
        if (titleAt + 1 < body.size()) {
            String next = TitleConventions.cover(body.get(titleAt + 1).text(), pageTranscript);
            if (TitleConventions.isPeriod(next) && !title.contains(next)) {
                return title + " " + next;
            }
        }
        return title;
    }

    /**
     * A kicker before the first paragraph's text, the title before a flattened header's "Dato:" label, or the sak title of a
     * flattened case header.
     */
    private static Optional<String> conventionalTitle(List<Block> body, boolean pageTranscript) {
        List<Block> opening = body.stream().filter(b -> !TitleConventions.isPageLine(b.text())).limit(2).toList();
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        String first = TitleConventions.cover(opening.getFirst().text(), pageTranscript);
        return TitleConventions.kicker(first).or(() -> TitleConventions.beforeDateLabel(first)).or(() -> TitleConventions.afterCaseHeader(
                opening.stream().map(b -> TitleConventions.cover(b.text(), pageTranscript)).collect(Collectors.joining(" "))));
    }

    /**
     * The first heading or prominent single line; -1 when the document opens with running text. A photo's caption and
     * credit above it are not its opening; nor is a transcript's page bullet, which sets a cover's first line as a list item.
     */
    private static int titleIndex(List<Block> body, boolean pageTranscript) {
        int head = Math.min(HEADER_BLOCKS, body.size());
        for (int i = 0; i < head; i++) {
            Block block = body.get(i);
            String text = TitleConventions.cover(block.text(), pageTranscript);
            if (GENRE.matcher(text).matches() || HEADER_LINE.matcher(text).matches() || TitleConventions.isPageLine(text)
                    || MunicipalityName.isLine(text) || CONTENTS.matcher(text).matches() || CREDIT.matcher(text).find()
                    || text.endsWith(".") && i + 1 < head && CREDIT.matcher(body.get(i + 1).text().strip()).find()) {
                continue;
            }
            boolean coverBullet = block instanceof ListItem && i == 0 && !(i + 1 < body.size() && body.get(i + 1) instanceof ListItem);
            if (block instanceof Heading || ((block instanceof Paragraph || coverBullet)
                    && text.length() <= MAX_TITLE_LENGTH && !text.endsWith("."))) {
                return i;
            }
            break;
        }
        for (int i = 0; i < head; i++) {
            String text = body.get(i).text().strip();
            if (body.get(i) instanceof Heading && !TitleConventions.isPageLine(text) && !CONTENTS.matcher(text).matches()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * A "Dato:" line wins; then a "Dato:" label inside the header's flattened lines, a web page's publication date, a cover's
     * council adoption; otherwise the first date in a short line of the header, but for a page's last edit.
     */
    private static Optional<LocalDate> date(List<Block> body) {
        List<Block> labelled = body.subList(0, Math.min(LABEL_SEARCH_BLOCKS, body.size()));
        for (Block block : labelled) {
            Matcher m = DATE_LABEL.matcher(block.text().strip());
            if (m.matches()) {
                Optional<LocalDate> date = NorwegianDates.first(m.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        List<Block> head = body.subList(0, Math.min(HEADER_BLOCKS, body.size()));
        return first(head, DateLabels::labelled)
                .or(() -> first(labelled, DateLabels::published))
                .or(() -> first(head, DateLabels::adopted))
                .or(() -> header(body).map(Block::text).filter(t -> !SAKSGANG_ROW.matcher(t).find())
                        .map(t -> AS_OF.matcher(DateLabels.withoutEdits(t)).replaceAll(" ")).map(NorwegianDates::first)
                        .flatMap(Optional::stream).findFirst());
    }

    private static Optional<LocalDate> first(List<Block> blocks, Function<String, Optional<LocalDate>> read) {
        return blocks.stream().map(b -> read.apply(b.text())).flatMap(Optional::stream).findFirst();
    }

    private static Stream<Block> header(List<Block> body) {
        return body.stream().limit(HEADER_BLOCKS).filter(b -> b.text().length() <= MAX_HEADER_LINE_LENGTH);
    }

    private static String caseNumber(List<Block> body) {
        return body.stream().limit(LABEL_SEARCH_BLOCKS).map(b -> CASE_NUMBER.matcher(b.text()))
                .filter(Matcher::find).map(m -> m.group(1)).findFirst().orElse(null);
    }

    /** Every heading but the title, with the text up to the next heading of the same or a higher level. */
    private static List<Section> sections(List<Block> body, int titleAt) {
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            if (i == titleAt || !(body.get(i) instanceof Heading heading)) {
                continue;
            }
            List<String> text = new ArrayList<>();
            for (int k = i + 1; k < body.size(); k++) {
                if (body.get(k) instanceof Heading next && next.level() <= heading.level()) {
                    break;
                }
                text.add(body.get(k).text());
            }
            sections.add(new Section(heading.number(), heading.text(), heading.level(), String.join("\n\n", text)));
        }
        return sections;
    }
}
