package no.muni.tag.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import no.muni.tag.Gazetteer;
import org.junit.jupiter.api.Test;

class NameNormaliserTest {

    private final NameNormaliser normaliser = new NameNormaliser(Gazetteer.bundled());

    @Test
    void genitiveOfKnownBodiesIsDropped() {
        assertEquals("NAV", normaliser.organisation("NAVs"));
        assertEquals("Regjeringen", normaliser.organisation("Regjeringens"));
        assertEquals("Tromsø kommune", normaliser.organisation("Tromsø kommunes"));
        assertEquals("Integrerings- og mangfoldsdirektoratet", normaliser.organisation("IMDis"));
    }

    @Test
    void genitiveOfUnknownInstitutionsIsDropped() {
        assertEquals("Kristiansand Frivilligsentral", normaliser.organisation("Kristiansand Frivilligsentrals"));
        assertEquals("Tromsø Idrettsråd", normaliser.organisation("Tromsø Idrettsråds"));
    }

    @Test
    void namesEndingInSAreNotGenitives() {
        assertEquals("Røde Kors", normaliser.organisation("Røde Kors"));
        assertEquals("Blå Kors", normaliser.organisation("Blå Kors"));
        assertEquals("Fretex", normaliser.organisation("Fretex"));
    }

    @Test
    void abbreviationsAndCaseGoToTheCanonicalName() {
        assertEquals("Statistisk sentralbyrå", normaliser.organisation("SSB"));
        assertEquals("Arbeiderpartiet", normaliser.organisation("Ap"));
        assertEquals("Fremskrittspartiet", normaliser.organisation("FrP"));
        assertEquals("Kristiansand kommune", normaliser.organisation("KRISTIANSAND KOMMUNE"));
    }

    @Test
    void definiteKommuneIsTheInstitution() {
        assertEquals("Bergen kommune", normaliser.organisation("Bergen kommunen"));
        assertEquals("Tromsø kommune", normaliser.organisation("Tromsø Kommune"));
        assertEquals("Vestland fylkeskommune", normaliser.organisation("Vestland fylkeskommunen"));
        assertEquals("Straumsnes kommune", normaliser.organisation("Straumsnes kommunen"));
    }

    @Test
    void commasAndSpacesInsideNamesAreDropped() {
        assertEquals("Mental Helse Troms", normaliser.organisation("Mental Helse,  Troms"));
        assertEquals(normaliser.key("Mental Helse Troms"), normaliser.key(normaliser.organisation("Mental Helse, Troms")));
        assertEquals("Kirkens Bymisjon", normaliser.organisation(" «Kirkens Bymisjon», "));
    }
}
