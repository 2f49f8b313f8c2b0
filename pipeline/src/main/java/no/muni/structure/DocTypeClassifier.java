package no.muni.structure;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.DocType;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.structure.presentation.SlideTranscript;

/**
 * Decides a document's type from structure cues: how its header is laid out, what its title and
 * headings call it, how its items are numbered. Each cue adds weight to one type; the type with
 * the most weight wins, and the margin over the runner-up sets the confidence.
 */
final class DocTypeClassifier {

    record Classification(String docType, double confidence) {}

    /** One piece of evidence for a type. */
    private record Cue(Kind kind, double weight, Predicate<Document> holds) {}

    private enum Kind {
        REPLY(DocType.REPLY), MINUTES(DocType.MINUTES), POLICY(DocType.POLICY), PRESENTATION(DocType.PRESENTATION),
        CASE(DocType.CASE), REPORT(DocType.REPORT);

        final String docType;

        Kind(String docType) {
            this.docType = docType;
        }
    }

    private static final double MIN_SCORE = 0.3;
    private static final int HEADER_BLOCKS = 10;

    private static final Pattern QUESTION_TITLE = Pattern.compile(
            "(?iu)^(?:skriftlig\\s+)?(?:spørsmål|interpellasjon|grunngitt spørsmål)\\s+(?:nr\\.?\\s*)?\\d+"
                    + "|^(?:spørsmål|interpellasjon) (?:til|fra) ");
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?iu)^(?:til|fra)\\s*:");
    private static final Pattern ANSWER_HEADING = Pattern.compile("(?iu)^svar(?:\\s+(?:fra|på)\\b.*)?:?$");
    private static final Pattern ANSWER_MARKER = Pattern.compile("^\\d{1,2}\\)$");
    private static final Pattern MINUTES_WORD = Pattern.compile("(?iu)\\p{L}*(?:referat|protokoll)(?:et|ene|er|en)?\\b");
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?iu)\\b(?:deltok|til stede|tilstede|forfall|møtende medlemmer|deltakere\\s*:)");
    private static final Pattern POLICY_WORD = Pattern.compile(
            "(?iu)\\p{L}*(?:plattform|plan|melding|meldingen|strategi|politikk)\\b");
    /** "vedtatt", "Bystyrets vedtak"; not "Forslag til vedtak", which a case proposes. */
    private static final Pattern ADOPTED = Pattern.compile("(?iu)\\b(?:vedtatt|\\p{L}+s vedtak)\\b");
    private static final Pattern CASE_WORD = Pattern.compile(
            "(?iu)\\b(?:saksframlegg|saksutredning|forslag til vedtak|(?:rådmannens|kommunedirektørens) innstilling"
                    + "|saksopplysninger)\\b");
    private static final Pattern REPORT_WORD = Pattern.compile(
            "(?iu)\\p{L}*(?:rapport|evaluering|årsmelding|utredning|kartlegging)\\b");
    private static final Pattern SLIDE_WORD = Pattern.compile("(?iu)\\b(?:lysbilde|presentasjon|foiler?)\\b");

    private static final List<Cue> CUES = List.of(
            new Cue(Kind.REPLY, 0.4, d -> QUESTION_TITLE.matcher(d.title()).find()),
            new Cue(Kind.REPLY, 0.3, d -> d.header().stream().filter(t -> ADDRESS_LINE.matcher(t).find()).count() >= 2),
            new Cue(Kind.REPLY, 0.3, d -> d.blocks().stream().anyMatch(b -> ANSWER_HEADING.matcher(b.text().strip()).matches())),
            new Cue(Kind.REPLY, 0.2, d -> d.blocks().stream().filter(b -> b instanceof ListItem item
                    && ANSWER_MARKER.matcher(item.marker()).matches()).count() >= 2),
            new Cue(Kind.MINUTES, 0.6, d -> d.header().stream().anyMatch(t -> MINUTES_WORD.matcher(t).find() && t.length() < 80)),
            new Cue(Kind.MINUTES, 0.3, d -> d.blocks().stream().limit(3 * HEADER_BLOCKS)
                    .anyMatch(b -> ATTENDANCE.matcher(b.text()).find())),
            new Cue(Kind.POLICY, 0.4, d -> POLICY_WORD.matcher(d.title()).find()),
            new Cue(Kind.POLICY, 0.3, d -> d.header().stream().anyMatch(t -> ADOPTED.matcher(t).find() && t.length() < 100)),
            new Cue(Kind.POLICY, 0.2, d -> d.blocks().stream().filter(b -> b instanceof Heading h && h.number() != null).count() >= 3),
            new Cue(Kind.PRESENTATION, 1.0, d -> SlideTranscript.isTranscript(d.blocks())),
            new Cue(Kind.PRESENTATION, 0.2, d -> d.header().stream().anyMatch(t -> SLIDE_WORD.matcher(t).find())),
            new Cue(Kind.CASE, 0.6, d -> d.header().stream().anyMatch(t -> CASE_WORD.matcher(t).find())
                    || d.headings().stream().anyMatch(t -> CASE_WORD.matcher(t).find())),
            new Cue(Kind.REPORT, 0.4, d -> REPORT_WORD.matcher(d.title()).find()));

    /** What the cues look at. */
    private record Document(List<Block> blocks, String title, List<String> header, List<String> headings) {}

    Classification classify(List<Block> body, String title) {
        Document document = new Document(body, title == null ? "" : title.strip(),
                body.stream().limit(HEADER_BLOCKS).map(b -> b.text().strip()).toList(),
                body.stream().filter(Heading.class::isInstance).map(Block::text).toList());
        Map<Kind, Double> scores = new EnumMap<>(Kind.class);
        for (Cue cue : CUES) {
            if (cue.holds().test(document)) {
                scores.merge(cue.kind(), cue.weight(), Double::sum);
            }
        }
        List<Map.Entry<Kind, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<Kind, Double>comparingByValue().reversed()).collect(Collectors.toList());
        if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_SCORE) {
            return new Classification(DocType.OTHER, 0.5);
        }
        double top = ranked.getFirst().getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        double confidence = Math.min(1.0, top) * (1 - second / (top + second));
        return new Classification(ranked.getFirst().getKey().docType, Math.round(confidence * 100) / 100.0);
    }
}
