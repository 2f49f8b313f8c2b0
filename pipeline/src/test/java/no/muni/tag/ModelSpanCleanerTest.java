package no.muni.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the tag stage keeps of a span the name finder calls an organisation, whatever model proposes it: the text is
 * split into sentences and tokens by the bundled models, the span is given as if the name finder had found it (a
 * model trained with more organisation patterns proposes such spans; the shipped one may not), and the cleaner
 * with the bundled register and word lists decides. Texts written for this test in the style of plans, slides and
 * case lists.
 */
class ModelSpanCleanerTest {

    private static NlpModels models;
    private static ModelSpanCleaner cleaner;

    @BeforeAll
    static void load() {
        models = NlpModels.bundled();
        cleaner = new ModelSpanCleaner(Gazetteer.bundled(), Lexicon.resource("/no/muni/tag/roles.txt"),
                models.commonWords(), models.personWords(), new MunicipalForms());
    }

    /** The organisations the cleaner makes of {@code proposed}, an ORG span the name finder is taken to have found. */
    private static List<String> kept(String text, String proposed) {
        List<String> words = Arrays.asList(Span.spansToStrings(new TokenSplits(models.tokens()).tokenizePos(proposed), proposed));
        for (TaggedSentence s : new TextAnnotator(models).annotate(text)) {
            List<String> tokens = Arrays.asList(s.tokens());
            int at = java.util.Collections.indexOfSubList(tokens, words);
            if (at >= 0) {
                TaggedSentence proposal = new TaggedSentence(s.tokens(), s.tokenSpans(),
                        new Span[] {new Span(at, at + words.size(), "ORG")});
                List<Candidate> out = new ArrayList<>();
                cleaner.clean(proposal, text, proposal.names()[0], out);
                return out.stream().filter(c -> "ORG".equals(c.type())).map(Candidate::text).toList();
            }
        }
        return fail("no sentence holds the tokens " + words);
    }

    @Test
    void ordinaryWordsOpeningAListItemAreNoName() {
        String plan = """
                Tiltak for barnefamilier
                • Gratis kulturskole for alle barn i grunnskolen
                • Trygg skolevei langs fylkesveien
                • Redd Barna holder kurs for foreldre
                • Redd Barnas kurs for foreldre
                """;
        assertEquals(List.of(), kept(plan, "Gratis kulturskole"));
        assertEquals(List.of(), kept(plan, "Trygg skolevei"));
        // the register knows it: ordinary words, and a name all the same
        assertEquals(List.of("Redd Barna"), kept(plan, "Redd Barna"));
        assertEquals(List.of("Redd Barnas"), kept(plan, "Redd Barnas"));
    }

    @Test
    void aNumberedListRunIntoOneLineGivesNoNamesOfItsCategories() {
        String slide = "Frivillige lag etter formål 1. Kultur og fritid 2. Natur- og miljøvern 3. Barne- og "
                + "ungdomsarbeid 4. Helse- og omsorgsdepartementets ordninger";
        assertEquals(List.of(), kept(slide, "Kultur og fritid"));
        assertEquals(List.of(), kept(slide, "Natur- og miljøvern"));
        assertEquals(List.of(), kept(slide, "Barne- og ungdomsarbeid"));
        // the last half has an organisation's head: a ministry named by a coordinated compound
        assertEquals(List.of("Helse- og omsorgsdepartementets"), kept(slide, "Helse- og omsorgsdepartementets"));
    }

    @Test
    void anOrdinaryFirstWordBeforeANameWordOrALegalFormStays() {
        String list = """
                Tilskudd 2025:
                - Aktiv Lyngvik, aktivitetstilbud for seniorer
                - Trygg Bolig AS, utleieboliger
                Sterk kultur i Lyngvik
                """;
        assertEquals(List.of("Aktiv Lyngvik"), kept(list, "Aktiv Lyngvik"));
        assertEquals(List.of("Trygg Bolig AS"), kept(list, "Trygg Bolig AS"));
    }

    @Test
    void aTaskOrNounPhraseOpeningAListItemIsNoName() {
        // a numbered list of tasks run into one slide line; the verbs are rare in news text, so no word list has them
        String slide = "Mål for perioden 1) Videreutvikle møteplassene for lagene 2) Revidere dagens tilskuddsordning "
                + "3) Digitalisere søknadene b) Synliggjøre frivillig innsats • Ungdomsmedvirkning i planarbeidet";
        assertEquals(List.of(), kept(slide, "Revidere dagens tilskuddsordning"));
        assertEquals(List.of(), kept(slide, "Synliggjøre frivillig innsats"));
        assertEquals(List.of(), kept(slide, "Ungdomsmedvirkning i planarbeidet"));
        String plan = """
                Oppfølging
                - Samlokalisere tjenestene i sentrum
                – Forenkle rapporteringen
                """;
        assertEquals(List.of(), kept(plan, "Samlokalisere tjenestene"));
        assertEquals(List.of(), kept(plan, "Forenkle rapporteringen"));
    }

    @Test
    void aNameOpeningAListItemStaysWhenALowerCaseWordIsItsHeadOrANameWordFollows() {
        String list = """
                Tilskudd til lag og foreninger 2026
                • Austbygd idrettslag, nytt kunstgress
                • Nordre Ås frivilligsentral, seniortreff
                2) Kvernbekk musikklag, instrumenter
                3) Tynset bakeri, lærlingplass
                """;
        assertEquals(List.of("Austbygd idrettslag"), kept(list, "Austbygd idrettslag"));
        assertEquals(List.of("Nordre Ås frivilligsentral"), kept(list, "Nordre Ås frivilligsentral"));
        assertEquals(List.of("Kvernbekk musikklag"), kept(list, "Kvernbekk musikklag"));
        // a place of the register names what follows: a firm
        assertEquals(List.of("Tynset bakeri"), kept(list, "Tynset bakeri"));
    }

    @Test
    void ordinaryWordsInsideASentenceAreLeftToTheModel() {
        String letter = "Kommunen samarbeider med Trygg skolevei om sykkelopplæringen for 5. trinn.";
        assertEquals(List.of("Trygg skolevei"), kept(letter, "Trygg skolevei"));
    }

    @Test
    void aClauseOpenerRunIntoANameIsCutOff() {
        String slide = "Status 302 lag er registrert i Enhetsregisteret Mange lag mangler oppdaterte vedtekter "
                + "Kontakt Frivilligsentralen Alle er velkomne";
        assertEquals(List.of("Enhetsregisteret"), kept(slide, "Enhetsregisteret Mange"));
        assertEquals(List.of("Frivilligsentralen"), kept(slide, "Frivilligsentralen Alle"));
    }

    @Test
    void aCaseFormsCheckBoxesAndAPluralRoleAreNoOrganisations() {
        String form = "Saksbehandler: Kari Holm Offentlig: x Ja Nei Hjemmel: Offl. § 13 Klageadgang: Ja x Nei "
                + "Møte offentlig: x Ja Nei Varamedlemmer møter etter nærmere avtale.";
        assertEquals(List.of(), kept(form, "Ja Nei Hjemmel"));
        assertEquals(List.of(), kept(form, "Nei Møte"));
        assertEquals(List.of(), kept(form, "Varamedlemmer"));
    }

    @Test
    void aTitleIsNoOrganisation() {
        String attendance = "Fra administrasjonen: Kommunedirektør Kari Holm, Oppvekst- og kultursjef Per Vik, "
                + "Plan- og byggesaksleder Ola Lie. Frivilligsentralen v/daglig leder";
        assertEquals(List.of(), kept(attendance, "Oppvekst- og kultursjef"));
        assertEquals(List.of(), kept(attendance, "Plan- og byggesaksleder"));
        assertEquals(List.of("Frivilligsentralen"), kept(attendance, "Frivilligsentralen"));
    }

    @Test
    void aFirstNameSplitOffAPersonIsNoOrganisation() {
        String members = "Medlemmer: Arbeiderpartiet: Randi Marie Olsen, Per Vik. Senterpartiet: Ola Holm";
        assertEquals(List.of(), kept(members, "Randi"));
        assertEquals(List.of("Senterpartiet"), kept(members, "Senterpartiet"));
    }

    @Test
    void aMinutesHeaderGivesNoOrganisationOfItsAttendanceTable() {
        // its place field ("Møtested: Kulturhuset Storsalen") is the tagger's to drop, for any source of a name:
        // OrganisationPatternsTest.placesCodesFormatsAndOrdinaryWordsOfTheFormsAreNoOrganisations
        String header = "Møtebok Utvalg: Formannskapet Møtested: Kulturhuset Storsalen Møtedato: 12.03.2025 "
                + "Navn Funksjon Representerer Kari Holm Medlem SP Per Vik Medlem UAVH Følgende fra administrasjonen møtte: "
                + "Navn Stilling";
        assertEquals(List.of(), kept(header, "UAVH Følgende"));
        String nynorsk = "Møtebok Fellesnemnda Møtedeltakarar Parti Rolle Kari Holm SP Medlem Per Vik H Leiar "
                + "Ola Lie Medlem H Jorunn Berg Medlem";
        assertEquals(List.of(), kept(nynorsk, "Fellesnemnda Møtedeltakarar Parti"));
        // a one-letter party label before a first name: the person's cell, not an organisation "H Jorunn"
        assertEquals(List.of(), kept(nynorsk, "H Jorunn"));
    }
}
