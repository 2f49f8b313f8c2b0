package no.muni.corpus;

import java.util.List;

/**
 * The names a synthetic document is varied with. The seeds name a handful of people, organisations and
 * one municipality; swapping these for others from the same world (Norwegian first and last names,
 * voluntary organisations, municipalities) gives the tagger and the index many distinct entities
 * instead of five documents' worth. All spellings are in WinAnsi, which the PDF writers require.
 */
final class Vocabulary {

    /** First names: those in the seeds (so their people are recognised and replaced) and more. */
    static final List<String> FIRST_NAMES = List.of(
            "Herman", "Mads", "Merete", "Manuela", "Siri", "Hege", "Jorunn", "Kjell", "Anne", "Kari", "Ola",
            "Ingrid", "Lars", "Marit", "Nils", "Solveig", "Trond", "Eirik", "Hanne", "Kristin", "Bjørn", "Tone",
            "Geir", "Arne", "Randi", "Svein", "Turid", "Håkon", "Sigrid", "Jon", "Åse", "Morten", "Camilla",
            "Anders", "Silje", "Øystein", "Tove", "Espen", "Ragnhild", "Ahmed", "Fatima", "Amir", "Leila");

    static final List<String> LAST_NAMES = List.of(
            "Lund", "Hilden", "Risan", "Johansen", "Larsen", "Skøien", "Rokke", "Hansen", "Olsen", "Berg",
            "Haugen", "Bakken", "Nilsen", "Kristiansen", "Jensen", "Pedersen", "Solberg", "Strand", "Dahl", "Lie",
            "Moen", "Eriksen", "Halvorsen", "Amundsen", "Aas", "Nygård", "Sæther", "Brekke", "Myhre", "Holm",
            "Ødegård", "Ramin-Osmundsen", "Ekle", "Karlsen", "Iversen", "Hussain", "Ali", "Vik", "Tangen");

    /** Organisations the seeds name, longest first so "Drammen Røde Kors" is replaced before "Røde Kors". */
    static final List<String> SEED_ORGANISATIONS = List.of(
            "Homestart Frelsesarmeen", "Frelsesarmeen barne- og familievern", "Danvik og Fjell Frivilligsentralen",
            "Pensjonistforbundet Buskerud", "Drammen Minoritetsråd", "Fontenehuset Drammen", "Kirkens Bymisjon",
            "Pensjonistforbundet", "Sanitetskvinnene", "Forandringshuset", "Frivillighet Norge", "Frelsesarmeen",
            "Mental Helse", "Røde Kors", "Blå Kors");

    static final List<String> ORGANISATIONS = List.of(
            "Norsk Folkehjelp", "Redd Barna", "Kirkens SOS", "Natteravnene", "Kreftforeningen", "Blindeforbundet",
            "Foreningen for hjemløse", "Leger uten grenser", "Speiderne", "Idrettsrådet", "Seniornett",
            "Landsforeningen for hjerte- og lungesyke", "Norsk Revmatikerforbund", "Voksenopplæringsforbundet",
            "Frivillighetssentralen", "Sanitetskvinnene", "Pensjonistforbundet", "Røde Kors", "Blå Kors",
            "Kirkens Bymisjon", "Frelsesarmeen", "Mental Helse", "Fontenehuset", "Forandringshuset",
            "Innvandrerrådet", "Ungdomsrådet", "Eldrerådet", "Home-Start Familiekontakt", "Norsk Folkehjelp Sanitet");

    /** The seeds' municipality, and what it becomes. */
    static final String SEED_MUNICIPALITY = "Drammen";

    static final List<String> MUNICIPALITIES = List.of(
            "Drammen", "Tromsø", "Bodø", "Asker", "Bærum", "Lillestrøm", "Sandnes", "Moss", "Hamar", "Skien",
            "Larvik", "Ålesund", "Molde", "Harstad", "Gjøvik", "Halden", "Kongsberg", "Arendal", "Porsgrunn",
            "Steinkjer", "Lier", "Sarpsborg", "Fredrikstad", "Tønsberg", "Elverum", "Narvik", "Alta", "Voss");

    static final List<String> MONTHS = List.of("januar", "februar", "mars", "april", "mai", "juni", "juli",
            "august", "september", "oktober", "november", "desember");

    private Vocabulary() {
    }
}
