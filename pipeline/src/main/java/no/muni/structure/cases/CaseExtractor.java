package no.muni.structure.cases;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.CaseInfo;
import no.muni.model.CaseRef;
import no.muni.model.CaseRoute;
import no.muni.model.DocumentStructure;
import no.muni.model.Heading;
import no.muni.model.Paragraph;
import no.muni.structure.TypeExtractor;
import no.muni.structure.furniture.MunicipalityName;
import no.muni.structure.meeting.ItemText;
import no.muni.structure.politics.Bodies;
import no.muni.text.LineText;

/**
 * The case part of a case document (saksframlegg, saksutredning, saksprotokoll): its archive case, the
 * officer and archive code of its header, the saksgang, the administration's recommendation and the
 * attachments listed. Its title is the sak title that follows the header, not a label line or a row of the
 * saksgang.
 */
public final class CaseExtractor implements TypeExtractor {

    /**
     * A header line: a genre word, a label with its value ("Arkivsaksnr.: 23/858"), Elements' label column
     * without a colon ("Arkivsak-dok.      23/01544-6", "Saksbehandler      Maren Kildahl"), or the saksgang's header.
     */
    private static final Pattern HEADER_LINE = Pattern.compile("(?iu)^(?:saksframlegg|saksfremlegg|saksutredning|saksprotokoll|særutskrift"
            + "|[\\p{L}.\\-/ ]{2,30}:.*|saksgang\\b.*|utvalg\\s+møtedato.*"
            + "|(?:arkivsak[\\p{L}.-]*|arkivkode|arkiv|løpenr)(?:[ \\t]{2,}|\\s+(?=[\\d-])).*|saksbehandler\\s+\\p{Lu}.*)$");
    private static final Pattern DATE = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}");
    /**
     * A case protocol's title field (ACOS, Elements): "Tittel: RS: REVIDERT BUDSJETT FOR SKOLESKYSS Kommunestyrets
     * behandling: …". The value runs to the next mixed-case label or the end of the line.
     */
    private static final Pattern TITLE_FIELD = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:Tittel|TITTEL|Sakstittel)\\s*:[ \\t]*(\\S[^\\n]{2,200}?)(?=\\s+\\p{Lu}\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s*:|\\s*\\n|\\s*$)");
    /**
     * A web page's headline for a sak of a meeting, body and date first: "Formannskapet 14.03.19 - sak 22/19 -
     * Salg av tomt på Moen". The sak title is what follows the sak number.
     */
    private static final Pattern MEETING_SAK_HEADLINE = Pattern.compile(
            "(?iu)^.{2,80}?\\s\\d{1,2}\\.\\d{1,2}\\.\\d{2,4}\\s+[-–]\\s+sak\\s+\\d{1,4}/\\d{2,4}\\s+[-–]\\s+(\\S.{2,})$");
    private static final int HEAD_CHARS = 1500;
    private static final int MAX_TITLE = 200;
    private static final int HEADER_BLOCKS = 20;

    @Override
    public void extract(List<Block> body, DocumentStructure.Builder into) {
        DocumentStructure so = into.build();
        String text = LineText.of(body);
        String head = text.substring(0, Math.min(HEAD_CHARS, text.length()));
        List<CaseRoute> route = SaksgangReader.read(body);
        String caseNumber = Optional.ofNullable(CaseRef.normalise(so.caseNumber()))
                .orElse(so.caseRefs().isEmpty() ? null : so.caseRefs().getFirst().caseNumber());
        into.caseInfo(new CaseInfo(caseNumber, CaseHeader.officer(head).orElse(null), CaseHeader.archiveCode(head).orElse(null),
                route, ItemText.parts(text).proposal(), AttachmentReader.read(body)));
        titleField(head).or(() -> sakTitle(body)).ifPresent(into::title);
    }

    private static Optional<String> titleField(String head) {
        Matcher m = TITLE_FIELD.matcher(head);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** The first short line after the header's labels and saksgang rows. */
    private static Optional<String> sakTitle(List<Block> body) {
        for (Block block : body.stream().limit(HEADER_BLOCKS).toList()) {
            String t = block.text().strip();
            Matcher headline = MEETING_SAK_HEADLINE.matcher(t);
            if (headline.matches()) {
                return Optional.of(headline.group(1).strip());
            }
            if (t.isEmpty() || HEADER_LINE.matcher(t).matches() || MunicipalityName.isLine(t) || isRouteRow(t)) {
                continue;
            }
            boolean titleLike = (block instanceof Heading || block instanceof Paragraph) && t.length() <= MAX_TITLE
                    && !t.endsWith(".") && !t.endsWith(":");
            return titleLike ? Optional.of(t) : Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isRouteRow(String line) {
        Bodies.Match body = Bodies.find(line, 0);
        return body != null && (DATE.matcher(line).find() || line.strip().equals(body.text()));
    }
}
