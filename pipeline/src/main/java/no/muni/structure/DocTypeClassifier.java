package no.muni.structure;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.DocType;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.structure.politics.Bodies;
import no.muni.structure.presentation.SlideTranscript;
import no.muni.text.LineText;

/**
 * Decides a document's type from structure cues: how its header is laid out, what its title and
 * headings call it, how its items are numbered. Each cue adds weight to one type; the type with
 * the most weight wins, and the margin over the runner-up sets the confidence.
 */
final class DocTypeClassifier {

    record Classification(DocType docType, double confidence) {}

    /** One piece of evidence for a type. */
    private record Cue(DocType kind, double weight, Predicate<Document> holds) {}

    private static final double MIN_SCORE = 0.3;
    private static final int HEADER_BLOCKS = 10;
    /** How much of the text's opening the genre words are looked for in (a flattened transcript's first page is one block). */
    private static final int HEAD_CHARS = 160;
    private static final int SHORT_LINE = 100;

    /**
     * The genre words case systems print at the top of a document, each naming its kind: a møteprotokoll
     * or møtebok is minutes, a møteinnkalling or saksliste a notice, a saksframlegg a case, a høringssvar
     * a consultation (Nynorsk "høyringsuttale", "høyringsfråsegn"). ACOS prints a meeting's whole record as "Hovedutskrift"
     * (Nynorsk "Hovudutskrift") and one case's as "Særutskrift" or "Utskrift av møtebok". Whole words only: "Referatsaker" is an item,
     * not a referat.
     */
    private static final Map<DocType, Pattern> GENRES = Map.of(
            DocType.MINUTES, Pattern.compile("(?iu)(?<![\\p{L}])(?:møteprotokoll|protokoll|møtebok|hovedutskrift|hovudutskrift|møtereferat|referat"
                    + "|gruppereferat)(?![\\p{L}])"),
            DocType.NOTICE, Pattern.compile("(?iu)(?<![\\p{L}])(?:møteinnkalling|innkalling|saksliste|sakliste|sakskart)(?![\\p{L}])"),
            DocType.CASE, Pattern.compile("(?iu)(?<![\\p{L}])(?:saksframlegg|saksfremlegg|saksutredning|saksprotokoll|særutskrift"
                    + "|saksutskrift|utskrift\\s+(?:av|fra|frå)\\s+møtebok(?:a|en)?)(?![\\p{L}])"),
            DocType.CONSULTATION, Pattern.compile("(?iu)(?<![\\p{L}])(?:høringssvar|høringsuttalelse|høringsuttale|høringsinnspill"
                    + "|høyringssvar|høyringsuttale|høyringsfråsegn|høyringsinnspel|uttalelse til|innspill til)(?![\\p{L}])"));
    private static final double GENRE = 0.8;
    /** The genre named first is what the document is; later ones name what it contains (a notice holds saksframlegg). */
    private static final double FIRST_GENRE = 0.3;

    private static final Pattern QUESTION_TITLE = Pattern.compile(
            "(?iu)^(?:skriftlig\\s+)?(?:spørsmål|interpellasjon|grunngitt spørsmål)\\s+(?:nr\\.?\\s*)?\\d+"
                    + "|^(?:spørsmål|interpellasjon) (?:til|fra) ");
    private static final Pattern ADDRESS_LINE = Pattern.compile("(?iu)^(?:til|fra)\\s*:");
    private static final Pattern ANSWER_HEADING = Pattern.compile("(?iu)^svar(?:\\s+(?:fra|på)\\b.*)?:?$");
    private static final Pattern ANSWER_MARKER = Pattern.compile("^\\d{1,2}\\)$");
    private static final Pattern MINUTES_WORD = Pattern.compile("(?iu)\\p{L}*(?:referat|protokoll)(?:et|ene|er|en)?\\b");
    /**
     * Who attended, in Bokmål and Nynorsk: "Til stede", "Til stades", "Møtende/Møtande medlemmer", "Følgende medlemmer møtte",
     * "Fylgjande varamedlemar møtte", "Frå administrasjonen møtte", a substitute who "møtte for" a member, "Møtedeltakarar".
     */
    private static final Pattern ATTENDANCE = Pattern.compile(
            "(?iu)\\b(?:deltok|til stede|tilstede|til stades|forfall\\s*:|(?:møtende|møtande|faste) (?:medlemmer|medlemar)"
                    + "|(?:deltakere|deltakarar)\\s*:|møtedeltakere|møtedeltakarar"
                    + "|(?:følgende|følgjande|fylgjande)\\s+(?:faste\\s+)?(?:vara)?(?:medlemmer|medlemar)\\s+møtte"
                    + "|(?:fra|frå) administrasjonen møtte|møtt\\s+for(?![\\p{L}])|møtte\\s+for\\s+\\p{Lu})");
    /**
     * What a notice says about absence and substitutes: "Eventuelle forfall meldes…", "Forfall eller inhabilitet
     * meldes…", "Varamedlemmer møter etter…", "Varamedlemmer innkalles etter nærmere varsel".
     */
    private static final Pattern NOTICE_FORMULA = Pattern.compile(
            "(?iu)\\b(?:forfall\\s+(?:eller\\s+inhabilitet\\s+)?(?:må\\s+)?meldes|varamedlemmer\\s+(?:møter|innkalles)"
                    + "|det\\s+innkalles\\s+til|har\\s+møte\\s+(?:den|\\p{L}+dag))");
    /**
     * A plan's or strategy's name in any form ("Kommuneplanens samfunnsdel", "Boligmeldingen", Nynorsk "planane"), the plan's parts
     * (samfunnsdel, arealdel), and the budget and action programme that carry the økonomiplan ("Budsjett 2024", "Handlingsprogram
     * 2024-2027"). An annual "årsmelding" is a report, not a melding.
     */
    private static final Pattern POLICY_WORD = Pattern.compile(
            "(?iu)\\p{L}*(?:plattform|plan|(?<!års)melding|strategi|politikk)(?:en|ens|er|ene|a|ar|ane)?\\b"
                    + "|\\b(?:samfunnsdel|arealdel)(?:en)?\\b|\\b(?:budsjett(?:et)?|(?:handlings|plan)program(?:met)?)\\b");
    /**
     * A plan document's own name where its cover opens the text: a compound on -plan ("Økonomiplan", "KOMMUNEPLAN", "Temaplan"),
     * a strategy, the kommuneplan's parts, a budget or an action programme. A bare "plan" is too often a word in a sentence.
     */
    private static final Pattern PLAN_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:\\p{L}+plan(?:en|ens|a|ane)?|\\p{L}*strategi(?:en|ar|er)?"
            + "|samfunnsdel(?:en)?|arealdel(?:en)?|budsjett(?:et)?|(?:handlings|plan)program(?:met)?)(?![\\p{L}-])");
    /**
     * A report's own name where its cover opens the text: the annual ones (årsmelding, årsrapport, årsberetning, årsregnskap,
     * Nynorsk "årsrekneskap"), the periodic and status reports ("Tertialrapport", "Rapportering økonomi"), the audits a kontrollutvalg
     * orders ("Forvaltningsrevisjon"), an evaluation.
     */
    private static final Pattern REPORT_NAME = Pattern.compile("(?iu)(?<![\\p{L}])(?:års(?:melding|rapport|beretning|regnskap|rekneskap)"
            + "\\p{L}*|\\p{L}*rapport(?:ering)?(?:en|a|er|ar|ene|ane)?|\\p{L}+revisjon(?:en|srapport\\p{L}*)?|selskapskontroll\\p{L}*"
            + "|evaluering(?:en|a)?)(?![\\p{L}-])");
    /**
     * A web page's publication stamp opening a line ("Publisert 12.03.2021", "Sist oppdatert: 4. mai 2022 | Publisert: …",
     * "Sist endra 01.02.23", "Oppretta: …"); a document (plan, report, minutes) carries none, so its cover cues do not apply to a
     * page about it. A bare "Endret:" is a regulation's revision note, not a stamp.
     */
    private static final Pattern PUBLISHED = Pattern.compile("(?imu)^[\\t ]*(?:publisert|opprettet|oppretta"
            + "|sist\\s+(?:oppdatert|endret|endra|redigert))\\s*:?\\s*(?:den\\s+)?\\d{1,2}\\.\\s*(?:\\d{1,2}\\.?|\\p{L}+)\\s*(?:\\d{2}|\\d{4})(?!\\d)");
    /** A news site's section named in its breadcrumb or heading line: "Nyheter", "Aktuelt", Nynorsk "Nyhende". */
    private static final Pattern NEWS_SECTION = Pattern.compile("(?iu)^(?:nyheter|nyhende|aktuelt|nytt fra kommunen|nytt frå kommunen)$");
    /** "vedtatt", "Bystyrets vedtak"; not "Forslag til vedtak", which a case proposes. */
    private static final Pattern ADOPTED = Pattern.compile("(?iu)\\b(?:vedtatt|\\p{L}+s vedtak)\\b");
    /** A cover's adoption note: "Vedtatt av Lierne kommunestyre", "Vedtatt i bystyret 12. mai 2010". */
    private static final Pattern ADOPTED_BY = Pattern.compile("(?iu)\\b(?:vedtatt|godkjent)\\s+(?:av|i)\\s+");
    private static final Pattern CASE_WORD = Pattern.compile(
            "(?iu)\\b(?:saksframlegg|saksutredning|forslag til vedtak|(?:rådmannens|kommunedirektørens) innstilling"
                    + "|saksopplysninger)\\b");
    private static final Pattern OFFICER = Pattern.compile("(?iu)\\bsaksbehandler\\s*:");
    /** The routing table a case header carries ("Saksgang", "Saken behandles i"), on a line of its own. */
    private static final Pattern ROUTING = Pattern.compile("(?iu)^(?:saksgang|saken\\s+behandles\\s+i)\\s*:?$");
    /** A case system's web page of a sak is headed by its meeting and number: "Formannskapet 12.06.19 - sak 41/19 - Økonomiplan…". */
    private static final Pattern SAK_HEADLINE = Pattern.compile("(?iu)(?:^|\\s[-–]\\s)sak\\s+\\d{1,4}/\\d{2,4}\\s+[-–]\\s");
    /** Report genres, among them the audits a kontrollutvalg orders ("Forvaltningsrevisjon", "Selskapskontroll"), and the annual ones. */
    private static final Pattern REPORT_WORD = Pattern.compile(
            "(?iu)\\p{L}*(?:rapport|evaluering|årsmelding|årsberetning|utredning|kartlegging|selskapskontroll)(?:en|er|ene)?\\b"
                    + "|\\p{L}+revisjon\\b");
    /** A report's front matter opening a page or section: "2 FORORD Denne forvaltningsrevisjonen…", "Sammendrag". */
    private static final Pattern FRONT_MATTER = Pattern.compile("(?iu)^(?:\\d{1,3}\\s+)?(?:forord|sammendrag)(?![\\p{L}])");
    /**
     * A document's table of contents, which slides do not have: a contents heading followed by front matter ("INNHOLD Forord
     * Sammendrag…", Nynorsk "Innhald Innleiing…"), or entries with dot leaders to their pages ("Økonomi… 5 Befolkning… 9").
     */
    private static final Pattern CONTENTS = Pattern.compile("(?iu)(?<![\\p{L}])(?:innhold\\p{L}*|innhald)(?![\\p{L}])[^\\n]{0,120}?"
            + "(?<![\\p{L}])(?:forord|føreord|sammendrag|samandrag|innledning|innleiing)(?![\\p{L}])");
    private static final Pattern DOT_LEADER = Pattern.compile("\\.{3,}\\s*\\d{1,3}(?!\\d)");
    private static final int MIN_DOT_LEADERS = 2;
    private static final Pattern SLIDE_WORD = Pattern.compile("(?iu)\\b(?:lysbilde|presentasjon|foiler?)\\b");
    /** A web headline about a meeting: a body or "møte" and a day of a month without its year ("Kort fra kommunestyret 11. juni"). */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("(?iu)\\b\\d{1,2}\\.\\s*(?:januar|februar|mars|april|mai|juni|juli"
            + "|august|september|oktober|november|desember)(?!\\s*\\d)");
    private static final Pattern MEETING_WORD = Pattern.compile("(?iu)\\bmøte(?:t|r)?\\b");
    /** News tells what a body did, in the past tense; minutes print it as "Vedtak:". */
    private static final Pattern NARRATED_DECISION = Pattern.compile(
            "(?iu)\\b(?:vedtok|ble (?:enstemmig )?vedtatt|ble behandlet|tok\\s+[^.]{0,40}?til\\s+(?:orientering|etterretning))\\b");
    private static final Pattern FORM_LABEL = Pattern.compile("(?iu)\\b(?:møtested|møtedato|utvalg|saksnr|arkivsaksnr)\\.?\\s*:");
    private static final Pattern WEB_PAGE = Pattern.compile("(?iu)\\b(?:nett-?tv|web-?tv|les mer|se også|direkte på)\\b");

    private static final List<Cue> CUES = List.of(
            new Cue(DocType.REPLY, 0.4, d -> QUESTION_TITLE.matcher(d.title()).find()),
            new Cue(DocType.REPLY, 0.3, d -> d.header().stream().filter(t -> ADDRESS_LINE.matcher(t).find()).count() >= 2),
            new Cue(DocType.REPLY, 0.3, d -> d.blocks().stream().anyMatch(b -> ANSWER_HEADING.matcher(b.text().strip()).matches())),
            new Cue(DocType.REPLY, 0.2, d -> d.blocks().stream().filter(b -> b instanceof ListItem item
                    && ANSWER_MARKER.matcher(item.marker()).matches()).count() >= 2),
            new Cue(DocType.MINUTES, 0.6, d -> d.header().stream().anyMatch(t -> MINUTES_WORD.matcher(t).find() && t.length() < 80)),
            new Cue(DocType.MINUTES, 0.3, d -> d.blocks().stream().limit(3 * HEADER_BLOCKS)
                    .anyMatch(b -> ATTENDANCE.matcher(b.text()).find())),
            new Cue(DocType.NOTICE, 0.4, d -> NOTICE_FORMULA.matcher(d.text()).find()),
            new Cue(DocType.POLICY, 0.4, d -> POLICY_WORD.matcher(d.title()).find()),
            new Cue(DocType.POLICY, 0.3, d -> !d.webPage()
                    && d.header().stream().anyMatch(t -> ADOPTED.matcher(t).find() && t.length() < SHORT_LINE)),
            new Cue(DocType.POLICY, 0.3, d -> !d.webPage() && ADOPTED_BY.matcher(d.head()).results()
                    .anyMatch(m -> Bodies.find(d.head().substring(m.end(), Math.min(d.head().length(), m.end() + 30)), 0) != null)),
            // A cover names the document it opens, unless the opening is a meeting's or case's form (whose saksliste names plans).
            new Cue(DocType.POLICY, 0.4, d -> d.cover() && named(PLAN_NAME, d.head())),
            new Cue(DocType.POLICY, 0.2, d -> d.blocks().stream().filter(b -> b instanceof Heading h && h.number() != null).count() >= 3),
            // A page transcript of a case-system form (Utvalg:, Møtested:, Arkivsaksnr.:) is a document's pages, not slides.
            // ...nor are a plan's or a report's pages with their table of contents.
            new Cue(DocType.PRESENTATION, 0.6, d -> SlideTranscript.isTranscript(d.blocks()) && !FORM_LABEL.matcher(d.text()).find()
                    && !CONTENTS.matcher(d.text()).find() && DOT_LEADER.matcher(d.text()).results().count() < MIN_DOT_LEADERS),
            new Cue(DocType.PRESENTATION, 0.3, d -> SlideTranscript.hasSlideSizedPages(d.blocks())),
            new Cue(DocType.PRESENTATION, 0.2, d -> d.header().stream().anyMatch(t -> SLIDE_WORD.matcher(t).find())),
            new Cue(DocType.CASE, 0.6, d -> d.header().stream().anyMatch(t -> CASE_WORD.matcher(t).find() && t.length() < SHORT_LINE)
                    || d.headings().stream().anyMatch(t -> CASE_WORD.matcher(t).find())),
            new Cue(DocType.CASE, 0.3, d -> OFFICER.matcher(d.head()).find()
                    || d.header().stream().anyMatch(t -> t.length() < SHORT_LINE && OFFICER.matcher(t).find())),
            new Cue(DocType.CASE, 0.3, d -> d.header().stream().anyMatch(t -> ROUTING.matcher(t).find())),
            new Cue(DocType.CASE, 0.4, d -> SAK_HEADLINE.matcher(d.title()).find()),
            new Cue(DocType.REPORT, 0.4, d -> REPORT_WORD.matcher(d.title()).find()),
            new Cue(DocType.REPORT, 0.3, d -> d.blocks().stream().limit(HEADER_BLOCKS)
                    .anyMatch(b -> FRONT_MATTER.matcher(b.text().strip()).find())),
            // A report's name on its cover outweighs a transcript's numbered pages: an annual report is not slides.
            new Cue(DocType.REPORT, 0.6, d -> d.cover() && named(REPORT_NAME, d.head())),
            new Cue(DocType.NEWS, 0.5, d -> DAY_OF_MONTH.matcher(d.title()).find()
                    && (MEETING_WORD.matcher(d.title()).find() || Bodies.find(d.title(), 0) != null)),
            new Cue(DocType.NEWS, 0.4, d -> NARRATED_DECISION.matcher(d.text()).results().count() >= 2
                    && !FORM_LABEL.matcher(d.text()).find()),
            new Cue(DocType.NEWS, 0.3, d -> WEB_PAGE.matcher(d.text()).find()),
            new Cue(DocType.NEWS, 0.8, Document::webPage),
            new Cue(DocType.NEWS, 0.3, d -> d.header().stream().anyMatch(t -> NEWS_SECTION.matcher(t).matches())));

    /**
     * What the cues look at; {@code head} is the opening of the text, {@code text} all of it.
     * {@code formGenre}: the head names a meeting's or case's genre (møteinnkalling, møtebok, saksframlegg, høringssvar…) or is a
     * sak's headline;
     * {@code webPage}: the text carries a web page's publication stamp.
     */
    private record Document(List<Block> blocks, String title, List<String> header, List<String> headings, String head,
                            String text, boolean formGenre, boolean webPage) {

        /** Whether the head is a document's cover, naming what the document is: not a form, not a web page. */
        boolean cover() {
            return !formGenre && !webPage;
        }
    }

    /**
     * Whether the text names a document of that genre as a heading does: capitalised ("Årsmelding 2017", "ØKONOMIPLAN"), as
     * Norwegian writes a common noun only at a title's or sentence's start; in running text it is a mention ("…og
     * tertialrapporten ble tatt til orientering").
     */
    private static boolean named(Pattern name, String text) {
        return name.matcher(text).results().anyMatch(m -> Character.isUpperCase(m.group().charAt(0)));
    }

    /** Every genre word in the head counts; the first one counts more. */
    private static void genres(String head, Map<DocType, Double> scores) {
        DocType first = null;
        int firstAt = Integer.MAX_VALUE;
        for (Map.Entry<DocType, Pattern> genre : GENRES.entrySet()) {
            Matcher m = genre.getValue().matcher(head);
            if (m.find()) {
                scores.merge(genre.getKey(), GENRE, Double::sum);
                if (m.start() < firstAt) {
                    first = genre.getKey();
                    firstAt = m.start();
                }
            }
        }
        if (first != null) {
            scores.merge(first, FIRST_GENRE, Double::sum);
        }
    }

    Classification classify(List<Block> body, String title) {
        Map<DocType, Double> scores = scores(body, title);
        List<Map.Entry<DocType, Double>> ranked = scores.entrySet().stream()
                .sorted(Map.Entry.<DocType, Double>comparingByValue().reversed()).collect(Collectors.toList());
        if (ranked.isEmpty() || ranked.getFirst().getValue() < MIN_SCORE) {
            return new Classification(DocType.OTHER, 0.5);
        }
        double top = ranked.getFirst().getValue();
        double second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        double confidence = Math.min(1.0, top) * (1 - second / (top + second));
        return new Classification(ranked.getFirst().getKey(), Math.round(confidence * 100) / 100.0);
    }

    /** Each type's weight of evidence. */
    private static Map<DocType, Double> scores(List<Block> body, String title) {
        String text = LineText.of(body);
        String head = text.substring(0, Math.min(HEAD_CHARS, text.length()));
        Document document = new Document(body, title == null ? "" : title.strip(),
                body.stream().limit(HEADER_BLOCKS).map(b -> b.text().strip()).toList(),
                body.stream().filter(Heading.class::isInstance).map(Block::text).toList(),
                head, text,
                GENRES.values().stream().anyMatch(genre -> genre.matcher(head).find()) || SAK_HEADLINE.matcher(head).find(),
                PUBLISHED.matcher(text).find());
        Map<DocType, Double> scores = new EnumMap<>(DocType.class);
        for (Cue cue : CUES) {
            if (cue.holds().test(document)) {
                scores.merge(cue.kind(), cue.weight(), Double::sum);
            }
        }
        genres(document.head(), scores);
        return scores;
    }
}
