package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import no.muni.tag.Gazetteer;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class MentionReplacementTest {

    /** "Styret i Sparebanken Vest møtte Kari Holm og Bergen kommune ." with two organisations and a person. */
    private static NameSample meeting() {
        return new NameSample(
                new String[] {"Styret", "i", "Sparebanken", "Vest", "møtte", "Kari", "Holm", "og", "Bergen", "kommune", "."},
                new Span[] {new Span(2, 4, "ORG"), new Span(5, 7, "PER"), new Span(8, 10, "ORG")}, true);
    }

    private static NameSample noNames() {
        return new NameSample(new String[] {"Saken", "ble", "utsatt", "."}, new Span[0], true);
    }

    private static MentionReplacement.Replacements names() {
        MentionReplacement.Replacements names = new MentionReplacement.Replacements();
        names.add("ORG", Set.of("Vik idrettslag", "NAV", "Frivilligsentralen i Alta"));
        names.add("PER", Set.of("Ola Nordmann"));
        return names;
    }

    private static String surface(NameSample s, Span name) {
        return String.join(" ", Arrays.copyOfRange(s.getSentence(), name.getStart(), name.getEnd()));
    }

    @Test
    void aCopyFollowsEachSentenceWithNamesOfTheSameTypeInTheSameContext() {
        NameSample original = meeting();
        List<NameSample> out = new MentionReplacement(1, false, false, 7).apply(List.of(original, noNames()), names());
        assertEquals(3, out.size(), "a copy after the sentence with names, none after the one without");
        assertSame(original, out.get(0));
        assertEquals(4, out.get(2).getSentence().length);
        NameSample copy = out.get(1);
        Span[] spans = copy.getNames();
        assertEquals(3, spans.length);
        assertEquals(List.of("ORG", "PER", "ORG"), Arrays.stream(spans).map(Span::getType).toList());
        Set<String> orgs = Set.of("Vik idrettslag", "NAV", "Frivilligsentralen i Alta");
        assertTrue(orgs.contains(surface(copy, spans[0])), surface(copy, spans[0]));
        assertEquals("Ola Nordmann", surface(copy, spans[1]));
        assertTrue(orgs.contains(surface(copy, spans[2])), surface(copy, spans[2]));
        // the words around the names are the original's, in order
        String[] words = copy.getSentence();
        assertArrayEquals(new String[] {"Styret", "i"}, Arrays.copyOfRange(words, 0, spans[0].getStart()));
        assertEquals("møtte", words[spans[0].getEnd()]);
        assertEquals("og", words[spans[1].getEnd()]);
        assertEquals(".", words[words.length - 1]);
        assertEquals(spans[2].getEnd(), words.length - 1);
    }

    @Test
    void aTypeWithoutReplacementsKeepsItsNamesAndASentenceWithNothingToReplaceGetsNoCopy() {
        MentionReplacement.Replacements persons = new MentionReplacement.Replacements();
        persons.add("PER", Set.of("Ola Nordmann"));
        NameSample orgOnly = new NameSample(new String[] {"NAV", "svarte", "."}, new Span[] {new Span(0, 1, "ORG")}, true);
        List<NameSample> out = new MentionReplacement(1, false, false, 7).apply(List.of(meeting(), orgOnly), persons);
        assertEquals(3, out.size());
        NameSample copy = out.get(1);
        assertEquals("Sparebanken Vest", surface(copy, copy.getNames()[0]));
        assertEquals("Ola Nordmann", surface(copy, copy.getNames()[1]));
        assertEquals("Bergen kommune", surface(copy, copy.getNames()[2]));
        assertSame(orgOnly, out.get(2));
    }

    @Test
    void organisationsOnlyKeepsPersonsAndPlacesAndCopiesOnlySentencesWithAnOrganisation() {
        MentionReplacement.Replacements names = names();
        names.keepOnly("ORG");
        NameSample personOnly = new NameSample(new String[] {"Ola", "Nordmann", "svarte", "."},
                new Span[] {new Span(0, 2, "PER")}, true);
        List<NameSample> out = new MentionReplacement(1, false, false, true, 7).apply(List.of(meeting(), personOnly), names);
        assertEquals(3, out.size());
        NameSample copy = out.get(1);
        assertNotEquals("Sparebanken Vest", surface(copy, copy.getNames()[0]));
        assertEquals("Kari Holm", surface(copy, copy.getNames()[1]), "the person stays");
        assertSame(personOnly, out.get(2), "nothing to replace: no copy");
        assertTrue(MentionReplacement.parse("swap0.5+register+synth+orgs").organisationsOnly());
    }

    @Test
    void aTrainingNameOfTwoTypesReplacesNone() {
        NameSample state = new NameSample(new String[] {"Norge", "protesterte", "."}, new Span[] {new Span(0, 1, "ORG")}, true);
        NameSample place = new NameSample(new String[] {"Bor", "i", "Norge", "og", "Sverige", "."},
                new Span[] {new Span(2, 3, "LOC"), new Span(4, 5, "LOC")}, true);
        NameSample party = new NameSample(new String[] {"Venstre", "vant", "."}, new Span[] {new Span(0, 1, "ORG")}, true);
        MentionReplacement.Replacements names = new MentionReplacement.Replacements();
        names.addTrainingNames(List.of(state, place, party));
        assertEquals(Set.of("Venstre"), drawn(names, "ORG"));
        assertEquals(Set.of("Sverige"), drawn(names, "LOC"));
    }

    @Test
    void aGenitiveNameGetsAGenitiveReplacement() {
        Set<String> seen = Set.of("NATO", "NATOs", "Hans");
        assertTrue(MentionReplacement.isGenitive("NATOs", seen));
        assertFalse(MentionReplacement.isGenitive("Hans", seen), "no name 'Han': not a genitive");
        assertArrayEquals(new String[] {"Vik", "ILs"}, MentionReplacement.genitive(new String[] {"Vik", "IL"}));
        assertArrayEquals(new String[] {"Los'"}, MentionReplacement.genitive(new String[] {"Los"}));

        NameSample nato = new NameSample(new String[] {"NATO", "møtes", "."}, new Span[] {new Span(0, 1, "ORG")}, true);
        NameSample natos = new NameSample(new String[] {"NATOs", "direktør", "."}, new Span[] {new Span(0, 1, "ORG")}, true);
        MentionReplacement.Replacements names = new MentionReplacement.Replacements();
        names.add("ORG", Set.of("Vik IL"));
        List<NameSample> out = new MentionReplacement(1, false, false, 7).apply(List.of(nato, natos), names);
        assertArrayEquals(new String[] {"Vik", "IL", "møtes", "."}, out.get(1).getSentence());
        assertArrayEquals(new String[] {"Vik", "ILs", "direktør", "."}, out.get(3).getSentence());
    }

    @Test
    void theRateChoosesAboutThatShareOfSentencesAndTheSeedFixesTheDraws() {
        List<NameSample> samples = Collections.nCopies(1000, meeting());
        MentionReplacement half = new MentionReplacement(0.3, false, false, 7);
        List<NameSample> out = half.apply(samples, names());
        assertTrue(out.size() > 1250 && out.size() < 1350, "copies: " + (out.size() - 1000));
        List<NameSample> again = half.apply(samples, names());
        assertEquals(out.size(), again.size());
        for (int i = 0; i < out.size(); i++) {
            assertArrayEquals(out.get(i).getSentence(), again.get(i).getSentence());
        }
        assertSame(samples, MentionReplacement.NONE.apply(samples));
    }

    @Test
    void aRateAboveOneGivesThatManyCopiesEachDrawnAnew() {
        List<NameSample> samples = Collections.nCopies(1000, meeting());
        List<NameSample> out = new MentionReplacement(2.5, false, false, 7).apply(samples, names());
        assertTrue(out.size() > 3400 && out.size() < 3600, "copies: " + (out.size() - 1000));
        // the first sentence and its copies: the original, then at least two drawn one after the other
        assertArrayEquals(meeting().getSentence(), out.get(0).getSentence());
        assertFalse(Arrays.equals(out.get(1).getSentence(), meeting().getSentence()));
        assertFalse(Arrays.equals(out.get(2).getSentence(), meeting().getSentence()));
        assertEquals(2.0, MentionReplacement.parse("swap2+register").rate());
    }

    @Test
    void replacementsComeFromTheRegistersNationalBodiesAndPlacesAndFromLocalPatterns() throws Exception {
        Gazetteer register = Gazetteer.parse(new ByteArrayInputStream("""
                Vik\tmunicipality\t
                Nordland\tcounty\t
                NAV\tagency\tArbeids- og velferdsetaten
                """.getBytes(StandardCharsets.UTF_8)));
        MentionReplacement.Replacements names = new MentionReplacement.Replacements();
        names.addRegister(register);
        names.addLocalOrganisations(List.of("{place} idrettslag", "Frivilligsentralen i {place}"), register);
        Set<String> orgs = drawn(names, "ORG");
        // national bodies as they stand (tokens as NorNE writes them); municipalities and counties only by pattern
        assertEquals(Set.of("NAV", "Arbeids- og velferdsetaten", "Vik idrettslag", "Nordland idrettslag",
                "Frivilligsentralen i Vik", "Frivilligsentralen i Nordland"), orgs);
        assertEquals(Set.of("Vik", "Nordland"), drawn(names, "LOC"));
        assertEquals(Set.of(), drawn(names, "PER"));

        List<String> patterns = MentionReplacement.readPatterns();
        assertTrue(patterns.size() > 20 && patterns.contains("{place} idrettslag")
                && patterns.contains("Frivilligsentralen i {place}"), patterns::toString);
    }

    private static Set<String> drawn(MentionReplacement.Replacements names, String type) {
        Set<String> out = new HashSet<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 2000; i++) {
            String[] name = names.draw(type, "", random);
            if (name != null) {
                out.add(String.join(" ", name));
            }
        }
        return out;
    }

    @Test
    void parsesTheTrainingOption() {
        MentionReplacement r = MentionReplacement.parse("swap0.5+register+synth");
        assertEquals(0.5, r.rate());
        assertTrue(r.register() && r.synthesised());
        MentionReplacement trainOnly = NerTrainingConfig.parse("x:PERCEPTRON:100:2:muni-stem:bilou:swap1").replacement();
        assertEquals(1.0, trainOnly.rate());
        assertFalse(trainOnly.register() || trainOnly.synthesised());
        assertThrows(IllegalArgumentException.class, () -> MentionReplacement.parse("swap1+wikipedia"));
        assertThrows(IllegalArgumentException.class, () -> MentionReplacement.parse("swap5"));
    }
}
