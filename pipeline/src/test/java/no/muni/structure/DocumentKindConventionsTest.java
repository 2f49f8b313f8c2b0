package no.muni.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import no.muni.model.DocType;

/**
 * A document's kind from conventions that hold in every municipality, each over several invented variants in the
 * style of real prints (Bokmål and Nynorsk): what a cover names it, how a case system heads a meeting's record or one
 * case's extract, what a web page stamps on its news, and when numbered pages are slides.
 */
class DocumentKindConventionsTest {

    private static final List<String> ANNUAL_REPORTS = List.of("""
            1 ÅRSMELDING 2019 VESTFJORD KOMMUNE Vedteke av kommunestyret 16.06.2020

            2 Innhald Rådmannen har ordet 3 Nøkkeltal 4 Organisasjon 6

            3 Rådmannen har ordet Året var prega av god drift.

            4 Nøkkeltal Folketal 5 210 Driftsinntekter 512 mill.

            5 Organisasjon Kommunen har 410 årsverk.
            """, """
            1 Lyngheim kommune Årsrapport 2021

            2 Innhold Kommunedirektøren 3 Økonomi 5 Tjenestene 8

            3 Kommunedirektøren Et år med pandemi og omstilling.

            4 Økonomi Netto driftsresultat ble 2,1 prosent.

            5 Tjenestene Alle enhetene leverte innenfor rammene.
            """, """
            Page 1

            Elever fra Berg skole på tur i Storedalen i mai.

            (Foto: Kari Nes)

            ÅRSBERETNING 2016 ØSTBY KOMMUNE Rådhusveien 2, 9999 Østby Behandlet i formannskapet 02.05.2017

            ÅRSBERETNING 2016 Side 2 (54)

            INNHOLD Rådmannens kommentar 3 Økonomisk resultat 5
            """, """
            1 Tertialrapport 2. tertial 2022 Rapporten viser drifta i kommunen per 31. august og prognose for året. \
            Sektorane melder om meirforbruk innan helse og omsorg, medan skule og barnehage held budsjettet. \
            Likviditeten er god, og lånegjelda er redusert sidan årsskiftet. Investeringane følgjer planen.

            2 Drift Tabellen viser rekneskap mot budsjett per sektor.
            """, """
            1 Rapportering økonomi Denne rapporten syner korleis kommunen har forvalta pengane sine i første \
            halvår: innskot i bank, fond og lån. Innskota har stått i hovudbanken til flytande rente, og ingen \
            nye lån er tekne opp.

            2 Låneforvaltning Samla lånegjeld per 31. august var 812 mill.
            """);

    private static final List<String> PLANS = List.of("""
            1 HANDLINGSPROGRAM 2024–2027 OG BUDSJETT 2024 Lyngheim kommune Kommunedirektørens forslag

            2 Innhold Innledning 3 Økonomiske rammer 6 Tjenesteområdene 12 Investeringer 40
            """, """
            1 ØKONOMIPLAN 2023–2026 Vedteken i kommunestyret 14.12.2022

            2 Innhald Innleiing 3 Rammer 5 Tenesteområda 9

            3 Innleiing Økonomiplanen viser korleis kommunen vil bruke pengane dei neste fire åra. Planen byggjer \
            på folketalsprognosen og på måla i kommuneplanen sin samfunnsdel.
            """, """
            TEMAPLAN FOR IDRETT OG FYSISK AKTIVITET 2021–2030

            Innhold

            1 Innledning
            2 Mål og strategier
            3 Anlegg
            """, """
            Rådmannens forslag til budsjett 2022

            Budsjettet bygger på kommunestyrets vedtak om rammer i juni. Driften er tilpasset lavere inntekter.

            Driftsbudsjettet

            Tabellen viser rammene for hvert tjenesteområde.
            """, """
            1 Kommuneplanens arealdel 2019–2031 Planbeskrivelse Høringsutkast

            2 Forord Planen viser hvordan arealene i kommunen skal brukes.
            """);

    private static final List<String> NEWS_PAGES = List.of("""
            Ny kommuneplan er vedtatt

            Publisert 14.06.2022 Sist oppdatert 15.06.2022

            Kommunestyret vedtok kommuneplanens samfunnsdel i møtet tirsdag. Planen gjelder til 2034.

            Planen ble vedtatt av kommunestyret med 25 mot 6 stemmer.
            """, """
            Budsjettet for 2023 er klart

            Publisert: 3. desember 2022

            Formannskapet la fram sitt forslag til budsjett og økonomiplan. Vedtatt av kommunestyret 14. desember.
            """, """
            Høyring av temaplan for kultur

            Oppretta: 02.03.2021

            Kommunen legg temaplanen ut på høyring. Frist for å kome med innspel er 1. april.
            """, """
            Nyheter

            Årsmeldinga for 2020 er lagt fram

            Publisert 22.04.2021

            Rådmannen la i dag fram årsmeldinga. Resultatet ble bedre enn budsjettert.
            """);

    private static final List<String> MEETING_RECORDS = List.of("""
            Kommunestyret

            HOVUDUTSKRIFT

            Møtedato: 21.04.2016 Møtestad: Kulturhuset

            Følgjande medlemmer møtte: Ola Vik AP Kari Lid SP
            """, """
            1 NORDVÅG KOMMUNE Hovudutskrift Utval: Formannskapet Møtestad: Rådhuset Møtedato: Tid: 10:00 Namn Funksjon \
            Representerer Møtt for Per Aas Leiar SP Eli Bø Medlem H

            2 Saksliste Saksnr Innhald 012/16 Godkjenning av møtebok
            """, """
            SJØVIK KOMMUNE Utval: Levekårsutvalet Møtedato: 04.05.2017 Tid: 09:00

            Møtande medlemmer: Anne Dal (leiar), Tor Hole, Siv Myr

            Frå administrasjonen møtte: Rådmann Jon Li
            """);

    private static final List<String> CASE_EXTRACTS = List.of("""
            SÆRUTSKRIFT

            Arkivsak: 21/455 Sakshandsamar: Liv Dale

            Sak 34/21 Kommunestyret Reguleringsplan for Hamna

            Vedtak: Planen vert vedteken.
            """, """
            Utskrift av møtebok

            Sak 12/19 Formannskapet 12.03.2019 Salg av tomt i Nyhagen

            Vedtak: Tomten selges til takst.
            """, """
            Utskrift frå møtebok

            PS 7/20 Heradsstyret Budsjettjustering 2020

            Vedtak: Justeringa vert vedteken.
            """);

    private static final List<String> SAK_PAGES = List.of("""
            Formannskapet 20.11.19 - sak 88/19 - Budsjett 2020 og økonomiplan 2020-2023

            Saksbehandler: Eva Ro
            Arkivsaknr: 2019/2211
            """, """
            Kommunestyret 14.06.21 - sak 40/21 - Årsrapport 2020 - Lyngheim kommune

            Saksbehandler: Are Bu

            Saksgang
            """);

    private static final List<String> SLIDE_DECKS = List.of("""
            1 Økonomiplan 2021-2024 Formannskapet

            2 Hovedtall Frie inntekter øker med 2 prosent fra i år Netto driftsresultat under målet på 1,75 prosent \
            Lånegjelden øker med 140 mill. i perioden Disposisjonsfondet brukes til å saldere 2021

            3 Utfordringer Flere eldre over 80 år fra 2025 Færre barn i barnehagene i sentrum Høyere utgifter til \
            ressurskrevende tjenester Vedlikeholdsetterslep på skolebyggene

            4 Prioriteringer Nye omsorgsboliger i Lyngheim Rehabilitering av ungdomsskolen Digitalisering av \
            tjenestene Tidlig innsats i barnehage og skole

            5 Investeringer Ny skole i sentrum 120 mill. Vann og avløp 45 mill. Veier og gatelys 12 mill. \
            Kirkegård 8 mill.

            6 Veien videre Formannskapets innstilling i november Kommunestyret vedtar budsjett og økonomiplan \
            i desember Høringsfrist for rådene er 20. november
            """, """
            1 Budsjett 2022 Presentasjon for kommunestyret

            2 Driften Stram økonomi i alle sektorer Økte utgifter til helse og omsorg Lavere skatteinngang enn \
            ventet i år Renten stiger fra neste år

            3 Tiltak Færre stillinger i administrasjonen Sammenslåing av to barnehager Redusert åpningstid på \
            biblioteket Økte gebyrer for vann og avløp

            4 Investeringer Vann og avløp i sentrum Nye veilys Ombygging av rådhuset til flere kontorplasser \
            Brannstasjon i samarbeid med nabokommunen

            5 Gjeld Lånegjelden passerer 1 milliard i 2023 Renteutgiftene dobles i perioden Avdragene øker med \
            minimumsavdrag etter kommuneloven

            6 Spørsmål? Ta kontakt med økonomisjefen
            """);

    static Stream<Arguments> conventions() {
        return Stream.of(
                convention("a cover naming a report is a report, even on short numbered pages", DocType.REPORT, ANNUAL_REPORTS),
                convention("a cover naming a plan or budget is a policy", DocType.POLICY, PLANS),
                convention("a web page with its publication stamp is news, even about a plan", DocType.NEWS, NEWS_PAGES),
                convention("a meeting's record in either written form is minutes", DocType.MINUTES, MEETING_RECORDS),
                convention("one case's extract from the minutes is a case", DocType.CASE, CASE_EXTRACTS),
                convention("a case system's page of a sak about a budget or report is a case", DocType.CASE, SAK_PAGES),
                convention("short numbered pages are slides, even when they present a plan", DocType.PRESENTATION, SLIDE_DECKS))
                .flatMap(variants -> variants);
    }

    private static Stream<Arguments> convention(String name, DocType kind, List<String> variants) {
        return variants.stream().map(text -> Arguments.of(name, kind, text));
    }

    @ParameterizedTest(name = "{0} (variant {index})")
    @MethodSource("conventions")
    void everyVariantOfAConventionGetsItsKind(String convention, DocType kind, String text) {
        assertEquals(kind, StructureFixtures.structure(text).docType(), convention);
    }
}
