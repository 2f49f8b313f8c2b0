package no.muni.structure.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.CaseRef;
import no.muni.structure.meeting.AgendaRows;
import no.muni.text.LineText;

/**
 * Every archive case number a document writes, as written, in reading order and each once. A number
 * counts where the case systems' conventions make it one: after an archive label ("Arkivsaksnr.:",
 * "Arkivsak:", Public 360's "Arkivsak-dok.", "Arkivnr.:", "Arkivref.", "Vår ref.:", "Saksnr:"), as the last
 * value of a header table printed labels first ("Saksbehandler Arkiv ArkivsakID"), with a document number after a dash ("23/00858-123") or with an
 * archive prefix ("RST-15/3113-2"), or in the archive column of a saksliste ({@link AgendaRows}).
 * Meeting item numbers ("sak 80/16", "PS 12/23") and ranges ("01/07-31/07") are not archive cases.
 */
public final class CaseNumbers {

    /** A slash number that is neither part of a longer one nor the start of a range. */
    private static final String NUMBER = "((?:[A-ZÆØÅ]{2,6}-)?\\d{2,4}/\\d{1,7}(?:-\\d{1,6})?)(?![\\d/]|-\\d+/)";
    /** After a label the slash may stand between spaces, as some prints set it ("Arkivsak: 19 / 412"). */
    private static final Pattern LABELLED = Pattern.compile("(?iu)(?<![\\p{L}])(?:arkivsak(?:s)?(?:nr|nummer|-dok)?|arkivsaksnummer|arkivnr|arkivref(?:eranse)?"
            + "|saksnr|saksnummer|vår\\s+ref(?:eranse)?|deres\\s+ref(?:eranse)?|saksmappe|saks?\\s*id)\\.?\\s*[:.]?\\s*"
            + "(?<![\\d/])" + NUMBER.replace("\\d{2,4}/", "\\d{2,4}(?: / |/)"));
    /**
     * A saksframlegg's header table flattened, its labels before its values: "Sakshandsamar Arkiv ArkivsakID / Kari Nordmann
     * K1-033 24/118". The case is the last value, the first slash number after the labels.
     */
    private static final Pattern LABEL_ROW = Pattern.compile("(?iu)(?<![\\p{L}])(?:saksbehandler|sakshandsamar)\\s+arkiv(?:kode)?\\s+"
            + "arkivsak(?:s?nr\\.?|\\s*id)(?![\\p{L}:])[^:\\n]{0,80}?(?<![\\d/])" + NUMBER);
    private static final Pattern SPACED_SLASH = Pattern.compile(" / ");
    private static final Pattern WITH_DOCUMENT = Pattern.compile(
            "(?<![\\p{L}\\d/-])((?:[A-ZÆØÅ]{2,6}-)?\\d{2,4}/\\d{3,7}-\\d{1,6})(?![\\d/])");

    private CaseNumbers() {
    }

    /** The case numbers of the body's text. */
    public static List<CaseRef> read(List<Block> body) {
        String text = LineText.of(body);
        TreeMap<Integer, String> written = new TreeMap<>();
        for (Pattern pattern : List.of(LABELLED, LABEL_ROW, WITH_DOCUMENT)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                written.putIfAbsent(m.start(1), m.group(1));
            }
        }
        for (AgendaRows.Row row : AgendaRows.read(text)) {
            if (row.caseWritten() != null) {
                written.putIfAbsent(row.start(), row.caseWritten());
            }
        }
        Map<String, CaseRef> found = new LinkedHashMap<>();
        written.values().forEach(w -> add(found, w));
        return List.copyOf(found.values());
    }

    private static void add(Map<String, CaseRef> found, String written) {
        Optional<CaseRef> ref = CaseRef.parse(SPACED_SLASH.matcher(written).replaceFirst("/"));
        ref.ifPresent(r -> found.putIfAbsent(r.written(), r));
    }
}
