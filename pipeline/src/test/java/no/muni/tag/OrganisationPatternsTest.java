package no.muni.tag;

import static no.muni.tag.Tagging.names;
import static no.muni.tag.Tagging.tag;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import no.muni.model.Entities;
import org.junit.jupiter.api.Test;

/**
 * Issue #12: names of organisations the model never saw, one test per pattern family, on texts written
 * for these tests in the style of case lists, letters and minutes (no name from the realdocs or seeds).
 */
class OrganisationPatternsTest {

    private static Set<String> orgs(String text) {
        return names(tag(text).organisations());
    }

    @Test
    void legalFormsCloseTheNameBeforeThem() {
        Set<String> orgs = orgs("""
                Saksliste
                PS 14/24 Søknad om skjenkebevilling - Fjordkanten Kafé AS
                PS 15/24 Lån til Lyngmo IL
                PS 16/24 Eierskapsmelding for Renovasjon Vest IKS
                Eventuelle forfall meldes til Kontrollutvalgssekretariat Sørvest IKS v/ rådgiver.
                Garanti til Solbakken barnehage v/barnebygg AS for byggelån.
                Selskapet Trygg i hverdagen AS og Nordlys Eiendom KF leier lokalene.""");
        assertTrue(orgs.containsAll(Set.of("Fjordkanten Kafé AS", "Lyngmo IL", "Renovasjon Vest IKS",
                "Kontrollutvalgssekretariat Sørvest IKS", "barnebygg AS", "Trygg i hverdagen AS", "Nordlys Eiendom KF")),
                orgs::toString);
        assertFalse(orgs.contains("AS") || orgs.contains("IL") || orgs.contains("IKS"), orgs::toString);
    }

    @Test
    void aHeadingInCapitalsKeepsACompanyItNames() {
        Set<String> orgs = orgs("SAKSLISTE 12/24 24/311 BREMNES BAKERI AS - SØKNAD OM SALGSBEVILLING");
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Bremnes Bakeri AS")), orgs::toString);
    }

    @Test
    void institutionsAreANameAndTheirHeadWord() {
        Set<String> orgs = orgs("Elevene ved Lundebakken skole og barna i Solsikken barnehage deltok. "
                + "Rapporten fra Nordre Land kommunerevisjon ble lagt fram, og Agder idrettskrets ga innspill.");
        assertTrue(orgs.containsAll(Set.of("Lundebakken skole", "Solsikken barnehage", "Nordre Land kommunerevisjon",
                "Agder idrettskrets")), orgs::toString);
    }

    @Test
    void longNamesWithForAndCommasAreWhole() {
        Entities e = tag("Sak 6/2024 Forum for frivillighet og inkludering - medlemskap. "
                + "Rådet fikk innspill fra Senter for omsorgsforskning, innovasjon og velferd i høringsrunden.");
        Set<String> mentions = e.organisations().stream().flatMap(o -> o.mentions().stream()).map(Entities.Mention::text)
                .collect(Collectors.toSet());
        assertTrue(mentions.contains("Forum for frivillighet og inkludering"), mentions::toString);
        assertTrue(mentions.contains("Senter for omsorgsforskning, innovasjon og velferd"), mentions::toString);
    }

    @Test
    void formerNamesGetTheCanonicalNameWithTheOldOneAsAlias() {
        Entities e = tag("Fylkesmannen i Hordaland har godkjent planen. Kommunal- og moderniseringsdepartementet svarte.");
        Entities.Entity sf = e.organisations().stream().filter(o -> o.name().equals("Statsforvalteren i Vestland"))
                .findFirst().orElseThrow(() -> new AssertionError(names(e.organisations())));
        assertTrue(sf.aliases().contains("Fylkesmannen i Hordaland"), sf::toString);
        assertTrue(names(e.organisations()).contains("Kommunal- og distriktsdepartementet"), () -> names(e.organisations()).toString());
    }

    @Test
    void localBranchesKeepTheirUnit() {
        Set<String> orgs = orgs("Vakt ved arrangementet stilles av Ringsaker Røde Kors hjelpekorps.");
        assertTrue(orgs.contains("Ringsaker Røde Kors hjelpekorps"), orgs::toString);
    }

    @Test
    void anAbbreviationDefinedInTheDocumentIsTheSameOrganisation() {
        Entities e = tag("""
                Kompetansesenter for rus og psykisk helse (KORUS) holdt kurs for ansatte.
                Neste år vil KORUS tilby veiledning til alle skolene.""");
        List<Entities.Entity> korus = e.organisations().stream()
                .filter(o -> o.name().equals("Kompetansesenter for rus og psykisk helse")).toList();
        assertEquals(1, korus.size(), () -> names(e.organisations()).toString());
        assertTrue(korus.get(0).aliases().contains("KORUS"), korus.get(0)::toString);
        assertEquals(2, korus.get(0).mentions().stream().filter(m -> m.text().equals("KORUS")).count(), korus.get(0)::toString);
        assertFalse(names(e.organisations()).contains("KORUS"), () -> names(e.organisations()).toString());
    }

    @Test
    void aNameFoundOnceIsTaggedAtEveryOccurrence() {
        String text = """
                Trollsteinen og andre frivillige organisasjoner fikk driftstilskudd.
                Trollsteinen søker i tillegg om midler til nytt tak.
                Styret mener Trollsteinen bør prioriteres.""";
        Entities e = tag(text);
        Entities.Entity t = e.organisations().stream().filter(o -> o.name().equals("Trollsteinen")).findFirst()
                .orElseThrow(() -> new AssertionError(names(e.organisations())));
        assertEquals(3, t.mentions().size(), t::toString);
        Entities p = tag("Saken ble lagt fram av Ingrid Haugland. Etter debatten trakk Ingrid Haugland forslaget.");
        assertEquals(2, p.persons().stream().filter(x -> x.name().equals("Ingrid Haugland")).findFirst()
                .orElseThrow(() -> new AssertionError(names(p.persons()))).mentions().size());
    }

    @Test
    void genericOrgansAreBodiesNotOrganisations() {
        Set<String> orgs = orgs("""
                Møteprotokoll Formannskapet
                Utvalg: Kommunestyret Møtested: Rådhuset, kommunestyresalen
                Saken behandles i Hovedutvalg for helse og omsorg og deretter i Bystyret.
                Saknr Kontrollutvalget 12/24
                Kontrollutvalgets sekretariat orienterte. Havnestyret og Eldrerådet ga uttalelse.""");
        for (String organ : List.of("Formannskapet", "Møteprotokoll Formannskapet", "Kommunestyret", "Rådhuset",
                "Hovedutvalg for helse og omsorg", "Bystyret", "Kontrollutvalget", "Saknr Kontrollutvalget",
                "Kontrollutvalgets sekretariat", "Havnestyret")) {
            assertFalse(orgs.contains(organ), () -> organ + " in " + orgs);
        }
        assertTrue(orgs.contains("Eldrerådet"), () -> "a council of users is an organisation: " + orgs);
    }

    @Test
    void attendanceRowsGiveNoOrganisationsAndPartyLabelsGiveParties() {
        Entities e = tag("""
                Innkalte: Parti Funksjon Navn Forfall
                AP Medlem Lunde Gunnar SP Medlem Hovde Randi Permisjon fra kl 13
                FRP Varamedlem Strand Jostein KYST Medlem Olsen Gerd
                Leder Marit Sand, SV Nestleder Tor Lien, KRF
                H Sigrid Vold Medlem kom. OKS/BS H Leif Bakke Medlem kom. TMU/BS""");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.containsAll(Set.of("Arbeiderpartiet", "Senterpartiet", "Fremskrittspartiet", "Kystpartiet",
                "Sosialistisk Venstreparti", "Kristelig Folkeparti")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.contains("Permisjon") || o.contains("Medlem")), orgs::toString);
        // "kom. OKS/BS": the member's committee and the council, bodies of the municipality
        assertTrue(orgs.stream().noneMatch(o -> o.contains("OKS") || o.contains("TMU")), orgs::toString);
        assertTrue(names(e.persons()).stream().noneMatch(p -> p.contains("Permisjon")), () -> names(e.persons()).toString());
    }

    @Test
    void labelsPlansAndPlaceNamesAreNotOrganisations() {
        Set<String> orgs = orgs("""
                PS 12/24 Regionplan Vestkysten - høring
                Saken gjelder GNR 74 BNR 12 i Storhaugområdet. HMS er ivaretatt.
                Tiltaket i Strandfjorden videreføres etter Gjennomføringsbeslutning i juni.""");
        for (String no : List.of("PS", "Regionplan Vestkysten", "GNR", "BNR", "Storhaugområdet", "HMS", "Strandfjorden",
                "Gjennomføringsbeslutning")) {
            assertFalse(orgs.contains(no), () -> no + " in " + orgs);
        }
    }

    @Test
    void agenciesOfTheRegisterAreFoundByNameAbbreviationAndFormerName() {
        Entities e = tag("""
                Tilskuddet forvaltes av Husbanken. Søknaden er sendt til IMDi med kopi til Arbeidstilsynet.
                Klima- og forurensningsdirektoratet ga tillatelse i 2012.""");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.containsAll(Set.of("Husbanken", "Integrerings- og mangfoldsdirektoratet", "Arbeidstilsynet",
                "Miljødirektoratet")), orgs::toString);
        assertFalse(orgs.contains("IMDi") || orgs.contains("Klima- og forurensningsdirektoratet"),
                () -> "abbreviations and former names are aliases of the canonical name: " + orgs);
    }

    @Test
    void wordsEndingInAnOrganisationHeadAreOrganisations() {
        Set<String> orgs = orgs("Uttalelser kom fra Pensjonistforbundet, Heimdalen pensjonistforening og "
                + "Fjellgardens ungdomslag. Saken ble også sendt til Ungdomsrådet.");
        assertTrue(orgs.containsAll(Set.of("Pensjonistforbundet", "Heimdalen pensjonistforening")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Uttalelser") || o.startsWith("Saken")), orgs::toString);
    }

    @Test
    void courtsFireServicesAndAuditorsAreANameAndTheirHead() {
        Set<String> orgs = orgs("""
                Saksdokumenter: Brev fra Nordfjell tingrett og fra Vestvidda lagmannsrett om meddommere.
                PS 31/24 Ytre Lyngvik brann og redning - vedtekter
                Kopi til: Økonomisjef Solstrand Kommunerevisjon Biblioteket
                Avtale med Storbekk brannvesen om feiing.""");
        assertTrue(orgs.containsAll(Set.of("Nordfjell tingrett", "Vestvidda lagmannsrett", "Ytre Lyngvik brann og redning",
                "Solstrand Kommunerevisjon", "Storbekk brannvesen")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Økonomisjef")), orgs::toString);
    }

    @Test
    void aHeadingOfServicesIsNoInstitution() {
        Set<String> orgs = orgs("Tjenesteområder: Helse Omsorg Barnehage Kultur Teknisk drift");
        assertTrue(orgs.stream().noneMatch(o -> o.contains("Barnehage")), orgs::toString);
    }

    @Test
    void anotherMunicipalitysCouncilIsThatMunicipality() {
        Entities e = tag("Vedlegg: Melding om vedtak i Tynset kommunestyre og Os formannskaps uttalelse.\n"
                + "Saksgang Formannskapet /24 TB Kommunestyret /24 TB");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.containsAll(Set.of("Tynset kommune", "Os kommune")), orgs::toString);
        Entities.Entity tynset = e.organisations().stream().filter(o -> o.name().equals("Tynset kommune")).findFirst().orElseThrow();
        assertTrue(tynset.aliases().contains("Tynset kommunestyre"), tynset::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("TB")), () -> "initials before an organ name nothing: " + orgs);
    }

    @Test
    void aNynorskHeradIsTheMunicipalityAndItsOrgansAreBodies() {
        Entities e = tag("""
                ULVIK HERAD Møtebok for Kontrollutvalet Møtestad: Heradshuset Møtetid: 10:00
                Melding om vedtak i Ulvik heradsstyre vart send til Vestland fylkeskommune.""");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.contains("Ulvik kommune"), orgs::toString);
        Entities.Entity ulvik = e.organisations().stream().filter(o -> o.name().equals("Ulvik kommune")).findFirst().orElseThrow();
        assertTrue(ulvik.aliases().contains("Ulvik heradsstyre"), ulvik::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Kontrollutvalet") || o.startsWith("Heradshuset")), orgs::toString);
    }

    @Test
    void courtsOfTheRegisterKeepTheirNameAfterTheReform() {
        Set<String> orgs = orgs("Dommen fra Ringerike, Asker og Bærum tingrett ble anket til Borgarting lagmannsrett "
                + "og deretter til Høyesterett.");
        assertTrue(orgs.containsAll(Set.of("Ringerike, Asker og Bærum tingrett", "Borgarting lagmannsrett", "Høyesterett")),
                orgs::toString);
    }

    @Test
    void partyCodesInALowerCaseMemberTableAreParties() {
        Set<String> orgs = orgs("""
                Navn Parti Funksjon Møtt
                Kari Nordvik dna ordfører x
                Ola Bakken frp medlem x
                Lise Storbekk sv medlem - forfall""");
        assertTrue(orgs.containsAll(Set.of("Arbeiderpartiet", "Fremskrittspartiet", "Sosialistisk Venstreparti")), orgs::toString);
    }

    @Test
    void aMunicipalityAndAPartyInAJointCommitteesTableAreTheParty() {
        Set<String> orgs = orgs("""
                Fellesnemnd Møtedato: Medlemer: Namn Representerer Parti Funksjon
                Kari Nordvik Tynset KRF Medlem
                Ola Bakken Tynset AP Nestleiar
                Lise Storbekk Alvdal SP Medlem""");
        assertTrue(orgs.containsAll(Set.of("Kristelig Folkeparti", "Arbeiderpartiet", "Senterpartiet")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Tynset ") || o.startsWith("Alvdal ")), orgs::toString);
    }

    @Test
    void localListsAreFoundWhereMemberListsPutAParty() {
        Set<String> orgs = orgs("""
                Medlemmer: Høyre: Kari Nordvik, Ola Bakken. Bygdelista: Lise Storbekk, Per Lyngvik.
                Tverrpolitisk liste (TL) stiller med to representanter.
                0017/24 24/311 REFERATLISTA 0018/24 24/312 EVENTUELT
                Sakslista: Sak 1/24 Godkjenning av protokoll""");
        assertTrue(orgs.containsAll(Set.of("Bygdelista", "Tverrpolitisk liste")), orgs::toString);
        Set<String> empty = orgs("TIL STEDE: Medlemmer: Felles For Vikøy: Høyre: Kari Nordvik, Ola Bakken. Venstre: "
                + "Varamedlemmer: Lise Storbekk.");
        assertTrue(empty.contains("Felles For Vikøy"), () -> "a list with no member present: " + empty);
        assertTrue(orgs.stream().noneMatch(o -> o.equalsIgnoreCase("Referatlista") || o.equalsIgnoreCase("Sakslista")),
                orgs::toString);
    }

    @Test
    void stateBodiesOfTheRegisterAreFoundInLowerCase() {
        Set<String> orgs = orgs("Saksdokumenter: Brev fra domstoladministrasjonen og fra helsedirektoratet. "
                + "Det er opp til regjeringen å vurdere saken.");
        assertTrue(orgs.containsAll(Set.of("Domstoladministrasjonen", "Helsedirektoratet")), orgs::toString);
        assertFalse(orgs.contains("Regjeringen"), () -> "an ordinary word of the training text stays one: " + orgs);
    }

    @Test
    void placesCodesFormatsAndOrdinaryWordsOfTheFormsAreNoOrganisations() {
        Set<String> orgs = orgs("""
                Møteinnkalling Utvalg: Kommunestyret Møtested: Lyngvik skole, aulaen Møtetid: 18:00
                Saksprotokoll Sak: PS 12/24 Tittel: SP: BUDSJETTRAMMER 2025
                SP 4/24 Spørsmål til ordføreren om skolevei
                Vedlegg: Søknad om utslippstillatelse PDF Kart over området PDF
                Si DIN mening om sakene
                Fra administrasjonen møtte: Ass. rådmann Kari Nordvik
                Vedlegg: 1. Notat fra rådgiver datert Hydrologisk vurdering
                KOMMUNEPLANEN I EGET HEFTE
                SAKSFREMLEGG STORBEKK D KOMMU E""");
        for (String no : List.of("Lyngvik skole", "Senterpartiet", "PDF", "DIN", "Ass", "Hydrologisk", "EGET HEFTE", "KOMMU")) {
            assertFalse(orgs.contains(no), () -> no + " in " + orgs);
        }
    }

    @Test
    void aCompanyFormEndsANameInACaseTitleInCapitals() {
        Set<String> orgs = orgs("SAKSLISTE 121/24 24/49 BUDSJETT OG ØKONOMIPLAN TYNSET EIENDOM KF "
                + "122/24 24/5289 BUDSJETT HANDLINGSPROGRAM NORDBY KULTURHUS KF");
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Tynset Eiendom KF")), orgs::toString);
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Nordby Kulturhus KF")), orgs::toString);
    }

    @Test
    void reportsFeesAndTheAuditorAreNoOrganisations() {
        Set<String> orgs = orgs("""
                Vedlegg: Årsberetning 2023
                Revisors beretning for 2023 ble lagt fram.
                Gebyr for behandling av søknaden fastsettes etter Gebyrregulativet.""");
        for (String no : List.of("Årsberetning", "Revisor", "Revisors", "Gebyr", "Gebyrregulativet")) {
            assertFalse(orgs.contains(no), () -> no + " in " + orgs);
        }
    }

    @Test
    void aBodyRunTogetherWithTheNextCellOfItsTableIsStillTheBody() {
        Set<String> orgs = orgs("""
                Utval: Møtestad: Dato: Tidspunkt: Formannskapet Lyngvik rådhus, formannskapssalen Måndag kl 10:00
                Møtebok for Levekårsutvalet Møtestad: Heradshuset
                Styringsdata og drift AMU Bustad- og eigedomsteneste Reinhaldsteneste""");
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Formannskapet") || o.startsWith("Levekårsutvalet")
                || o.startsWith("AMU")), orgs::toString);
    }

    @Test
    void aCapitalisedWordBeforeACompanyNameIsPartOfItUnlessARoleOrAStartWord() {
        Set<String> orgs = orgs("""
                Tilbod frå Posten Norge AS og Fjellheim Geoplan AS vart vurderte.
                Styret i Nordvik Energi AS har godkjent avtalen.
                Rådgjevar Lyngmo Kraft AS møtte. Prosjektleiar Storbekk Bygg AS orienterte.
                Selskapet Trygg Drift AS leverer tenesta.""");
        assertTrue(orgs.containsAll(Set.of("Posten Norge AS", "Fjellheim Geoplan AS", "Nordvik Energi AS", "Lyngmo Kraft AS",
                "Storbekk Bygg AS", "Trygg Drift AS")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Norge AS") || o.startsWith("Styret") || o.startsWith("Rådgjevar")
                || o.startsWith("Prosjektleiar") || o.startsWith("Selskapet")), orgs::toString);
    }

    @Test
    void aCompanyFormMayOpenTheName() {
        Set<String> orgs = orgs("""
                Til stades: Kari Berg, SF Rekneskap IKS ved dagleg leiar.
                122/24 24/5345 KF Lyngvik Kino Budsjett og økonomiplan 2025-2028""");
        assertTrue(orgs.containsAll(Set.of("SF Rekneskap IKS", "KF Lyngvik Kino")), orgs::toString);
        assertFalse(orgs.contains("Rekneskap IKS"), orgs::toString);
    }

    @Test
    void aStateAgencysLocalOfficeKeepsItsPlace() {
        Entities e = tag("Tilbodet vert drive saman med Nav Lyngvik. Leiar ved NAV Lyngvik orienterte. NAV Storbekk deltek.");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.containsAll(Set.of("NAV Lyngvik", "NAV Storbekk")), orgs::toString);
        assertFalse(orgs.contains("NAV"), orgs::toString);
        Set<String> services = orgs("Tenester: Pleie og omsorg NAV Psykiatriske tenester Drift");
        assertTrue(services.stream().noneMatch(o -> o.contains("Psykiatriske")), services::toString);
    }

    @Test
    void aBuildingProjectIsNoInstitution() {
        Set<String> orgs = orgs("""
                Investeringar 2025: Ny skule på Lyngmo, Ny barnehage i sentrum og Nytt sjukeheim.
                NY SKULE - FORPROSJEKT
                Nye Lyngmo skule opnar i august.""");
        assertTrue(orgs.stream().noneMatch(o -> o.equalsIgnoreCase("Ny skule") || o.equals("Ny barnehage")
                || o.equals("Nytt sjukeheim")), orgs::toString);
        assertTrue(orgs.contains("Nye Lyngmo skule"), orgs::toString);
    }

    @Test
    void aDashGluedToAnInstitutionEndsItsName() {
        Set<String> orgs = orgs("3/24 24/110 LYNGMO SKOLE- NYTT TAK PÅ GYMSALEN 4/24 24/55 STORBEKK BARNEHAGE- UTVIDING");
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Lyngmo skole")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.equals("LYNGMO")), orgs::toString);
    }

    @Test
    void halvesOfWordsAreNoNames() {
        Set<String> orgs = orgs("""
                Kopi: lokalavisa, T VK - Lyngvik og Lyngvik radio.
                Møtande frå administrasjonen: rådmann Kari Berg, Helse- og""");
        assertTrue(orgs.stream().noneMatch(o -> o.equals("VK") || o.startsWith("Helse")), orgs::toString);
    }

    @Test
    void anOrganisationRepresentedByAPersonIsNamedBeforeVed() {
        Entities e = tag("Deltakarar: Lyngmo Bondelag v/Kari Berg, Nordfjell Skisenter v/Ola Dahl og Ungdomsløftet Vik v/Per Lien. "
                + "Rådmannen v/Lise Storbekk orienterte.");
        Set<String> orgs = names(e.organisations());
        assertTrue(orgs.containsAll(Set.of("Lyngmo Bondelag", "Nordfjell Skisenter", "Ungdomsløftet Vik")), orgs::toString);
        assertTrue(orgs.stream().noneMatch(o -> o.contains("Dahl") || o.contains("Berg") || o.startsWith("Rådmann")), orgs::toString);
        assertTrue(names(e.persons()).containsAll(Set.of("Kari Berg", "Ola Dahl", "Per Lien")), () -> names(e.persons()).toString());
    }

    @Test
    void aCompanysCoinedNameEndingLikeAPlanIsNoCaseTitle() {
        Set<String> orgs = orgs("""
                PLANFORSLAG FRÅ NORDPLAN GEO AS
                KOMMUNEPLAN VIK BYGG KF""");
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Nordplan Geo AS")), orgs::toString);
        assertTrue(orgs.stream().anyMatch(o -> o.equalsIgnoreCase("Vik Bygg KF")), orgs::toString);
    }

    @Test
    void aCompanyNameWrappedAtALineEndIsWhole() {
        Set<String> orgs = orgs("Konsekvensutgreiinga er utarbeidd av Fjellkraft\nEnergi AS på oppdrag frå kommunen.");
        assertTrue(orgs.contains("Fjellkraft Energi AS"), orgs::toString);
        assertFalse(orgs.contains("Energi AS"), orgs::toString);
    }

    @Test
    void aNameBeforeARoleIsAPerson() {
        Entities e = tag("Frå sekretariatet møtte Torill Vassbotn kontrollutvalsleiar og Per Lien rådgjevar.");
        assertTrue(names(e.organisations()).stream().noneMatch(o -> o.contains("Vassbotn") || o.contains("Lien")),
                () -> names(e.organisations()).toString());
    }

    @Test
    void headingsOfATableOfContentsAreNoOrganisations() {
        Set<String> orgs = orgs("""
                Innhald Innleiing...3 Økonomi...7 Tilsette og organisasjon...10 Sjukefråvær og turnover...10
                Samfunnstryggleik...20 Fellestenester Styringsdata Oppvekst...24 Barnehagar eining Skulane...31
                1. DEL 1, SAMFUNNSDELEN - innleiing ..................... 4 Litteratur...18 Fjordvik revisjon IKS""");
        assertTrue(orgs.stream().noneMatch(o -> o.startsWith("Tilsette") || o.startsWith("Fellestenester")
                || o.equals("Skulane") || o.equals("DEL")), orgs::toString);
        assertTrue(orgs.contains("Fjordvik revisjon IKS"), () -> "a company's form closes its name anywhere: " + orgs);
    }
}
