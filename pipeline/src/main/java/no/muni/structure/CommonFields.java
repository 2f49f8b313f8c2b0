package no.muni.structure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    /**
     * Where a date stands after its label inside a flattened opening ("Høringsuttalelse fra … Dato: 09.09.2016 Svartype: …"), a web
     * page's publication stamp ("Sist oppdatert: 10.12.2024 | Publisert: 26.11.2024": the page is dated when published, not when
     * last edited), or a cover's adoption note ("Vedtatt av kommunestyret 22.06.2010", Nynorsk "Vedteke av kommunestyret: 18.06.2018").
     */
    private static final Pattern INLINE_DATE_LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:dato\\s*:|publisert\\s*:?"
            + "|(?:vedtatt|vedteke|vedteken|vedtekne)\\s+(?:av|i)\\s+[^\\d.:]{0,40}?:?)\\s*(?=\\d)");
    /** How far into the text an inline label is looked for: a document's opening, not the dates its text mentions. */
    private static final int INLINE_LABEL_CHARS = 400;
    private static final int LABELLED_DATE_CHARS = 30;
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

    /** @return the title it chose, which later stages read too */
    String fill(List<Block> body, String metadataTitle, DocumentStructure.Builder into) {
        boolean pageTranscript = SlideTranscript.isTranscript(body);
        int titleAt = titleIndex(body, pageTranscript);
        String title = titleAt >= 0 ? TitleConventions.cover(body.get(titleAt).text(), pageTranscript)
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

    /** A kicker before the first paragraph's text, or the sak title of a flattened case header. */
    private static Optional<String> conventionalTitle(List<Block> body, boolean pageTranscript) {
        List<Block> opening = body.stream().filter(b -> !TitleConventions.isPageLine(b.text())).limit(2).toList();
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        String first = TitleConventions.cover(opening.getFirst().text(), pageTranscript);
        return TitleConventions.kicker(first).or(() -> TitleConventions.afterCaseHeader(
                opening.stream().map(b -> TitleConventions.cover(b.text(), pageTranscript)).collect(Collectors.joining(" "))));
    }

    /** The first heading or prominent single line; -1 when the document opens with running text. */
    private static int titleIndex(List<Block> body, boolean pageTranscript) {
        for (int i = 0; i < Math.min(HEADER_BLOCKS, body.size()); i++) {
            Block block = body.get(i);
            String text = TitleConventions.cover(block.text(), pageTranscript);
            if (GENRE.matcher(text).matches() || HEADER_LINE.matcher(text).matches() || TitleConventions.isPageLine(text)
                    || MunicipalityName.isLine(text)) {
                continue;
            }
            if (block instanceof Heading
                    || (block instanceof Paragraph && text.length() <= MAX_TITLE_LENGTH && !text.endsWith("."))) {
                return i;
            }
            break;
        }
        for (int i = 0; i < Math.min(HEADER_BLOCKS, body.size()); i++) {
            if (body.get(i) instanceof Heading && !TitleConventions.isPageLine(body.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    /** A "Dato:" label wins, then a date labelled inside the opening; otherwise the first date in a short line of the header. */
    private static Optional<LocalDate> date(List<Block> body) {
        for (Block block : body.subList(0, Math.min(LABEL_SEARCH_BLOCKS, body.size()))) {
            Matcher m = DATE_LABEL.matcher(block.text().strip());
            if (m.matches()) {
                Optional<LocalDate> date = NorwegianDates.first(m.group(1));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        String opening = body.stream().map(Block::text).collect(Collectors.joining("\n"));
        opening = opening.substring(0, Math.min(INLINE_LABEL_CHARS, opening.length()));
        Matcher inline = INLINE_DATE_LABEL.matcher(opening);
        while (inline.find()) {
            Optional<LocalDate> date = NorwegianDates.first(
                    opening.substring(inline.end(), Math.min(opening.length(), inline.end() + LABELLED_DATE_CHARS)));
            if (date.isPresent()) {
                return date;
            }
        }
        return header(body).map(Block::text).filter(t -> !SAKSGANG_ROW.matcher(t).find())
                .map(t -> AS_OF.matcher(t).replaceAll(" ")).map(NorwegianDates::first)
                .flatMap(Optional::stream).findFirst();
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
