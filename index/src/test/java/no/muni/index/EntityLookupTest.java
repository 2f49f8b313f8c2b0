package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityLookupTest {

    @TempDir
    static Path dir;
    static DocumentIndex index;

    @BeforeAll
    static void build() throws Exception {
        ObjectMapper m = new ObjectMapper();
        String minutesText = "Til stede: Drammen Røde Kors, Blå Kors og Herman Ekle Lund (V). Drammen Røde Kors tok ordet.";
        ObjectNode minutes = (ObjectNode) m.readTree("""
                {"participants": [
                  {"name": "Drammen Røde Kors", "kind": "organisation", "group": null},
                  {"name": "Blå Kors", "kind": "organisation", "group": null},
                  {"name": "Herman Ekle Lund", "kind": "person", "group": "bystyret"}]}""");
        String planText = "Norges Røde Kors (NRK) og kommunen driver leksehjelp. Røde Kors har ansvar.";
        ObjectNode plan = (ObjectNode) m.readTree("""
                {"organisations": [{"name": "Norges Røde Kors", "aliases": ["Røde Kors", "NRKors"],
                   "mentions": [{"start": 0, "end": 16, "text": "Norges Røde Kors"}, {"start": 55, "end": 64, "text": "Røde Kors"}]},
                  {"name": "Frivilligsentralen", "aliases": [], "mentions": []}],
                 "measures": [{"text": "Leksehjelp i samarbeid med Røde Kors", "period": "2024-2027", "status": "pågår",
                   "responsible": "Oppvekst", "organisations": ["Norges Røde Kors"]},
                  {"text": "Nye samarbeidsavtaler med lag og foreninger", "period": "2024", "organisations": []}]}""");
        index = TestIndex.write(dir,
                TestIndex.doc("minutes", "minutes", "Dialogmøte", LocalDate.of(2019, 5, 22), minutesText,
                        List.of(), List.of(), minutes),
                TestIndex.doc("plan", "policy", "Frivillighetsplan", LocalDate.of(2024, 1, 10), planText,
                        List.of("Norges Røde Kors", "Frivilligsentralen"),
                        List.of("Leksehjelp i samarbeid med Røde Kors", "Nye samarbeidsavtaler med lag og foreninger"), plan));
    }

    @Test
    void anOrganisationIsFoundByNameAliasAndFoldedName() {
        try (IndexView view = index.openView()) {
            EntityLookup lookup = new EntityLookup(view);
            EntityLookup.OrganisationProfile p = lookup.organisation("Røde Kors").orElseThrow();
            assertEquals(List.of("plan", "minutes"), p.documents().stream().map(EntityLookup.EntityDocument::id).toList());
            assertEquals(List.of("Drammen Røde Kors", "Norges Røde Kors"),
                    p.variants().stream().map(EntityLookup.NameCount::name).toList());
            assertEquals("2019-05-22", p.firstDate());
            assertEquals("2024-01-10", p.lastDate());
            assertEquals(1L, p.docTypes().get("minutes"));
            assertEquals(List.of("Blå Kors", "Frivilligsentralen"),
                    p.coOrganisations().stream().map(EntityLookup.NameCount::name).sorted().toList());
            assertEquals(List.of("Leksehjelp i samarbeid med Røde Kors"),
                    p.measures().stream().map(EntityLookup.MeasureMention::text).toList());
            EntityLookup.EntityDocument minutesDoc = p.documents().get(1);
            assertEquals(2, minutesDoc.mentions(), "the participant's name found twice in the text");
            assertTrue(minutesDoc.snippets().get(0).contains("[Drammen Røde Kors]"), minutesDoc.snippets().toString());
            assertEquals(2, p.documents().get(0).mentions(), "the tagger's mentions");

            assertEquals(List.of("plan"), lookup.organisation("nrkors").orElseThrow().documents().stream()
                    .map(EntityLookup.EntityDocument::id).toList());
            assertEquals(2, lookup.organisation("RODE KORS").orElseThrow().documents().size());
            assertTrue(lookup.organisation("Kors Røde").isEmpty());
        }
    }

    @Test
    void aPersonHasDocumentsRolesAndParties() {
        try (IndexView view = index.openView()) {
            EntityLookup.PersonProfile p = new EntityLookup(view).person("herman ekle lund").orElseThrow();
            assertEquals(List.of("minutes"), p.documents().stream().map(EntityLookup.EntityDocument::id).toList());
            assertEquals(List.of("bystyret"), p.roles());
            assertEquals(List.of("V"), p.parties());
        }
    }

    @Test
    void measuresAreFoundByWordsAndCompoundParts() {
        try (IndexView view = index.openView()) {
            EntityLookup lookup = new EntityLookup(view);
            List<EntityLookup.MeasureMention> found = lookup.measures("avtale", 10).measures();
            assertEquals(List.of("Nye samarbeidsavtaler med lag og foreninger"),
                    found.stream().map(EntityLookup.MeasureMention::text).toList());
            assertEquals("2024", found.get(0).period());
            assertEquals(2, lookup.measures("", 10).measures().size());
            assertEquals("pågår", lookup.measures("leksehjelp", 10).measures().get(0).status());
        }
    }

    @Test
    void organisationsAreListedByDocumentCount() {
        try (IndexView view = index.openView()) {
            List<EntityLookup.NameCount> orgs = new EntityLookup(view).organisations(10);
            assertTrue(orgs.contains(new EntityLookup.NameCount("Drammen Røde Kors", 1)), orgs.toString());
            assertTrue(orgs.contains(new EntityLookup.NameCount("Norges Røde Kors", 1)), orgs.toString());
        }
    }
}
