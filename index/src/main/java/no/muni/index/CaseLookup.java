package no.muni.index;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import no.muni.model.CaseInfo;
import no.muni.model.CaseRef;
import no.muni.model.CaseRoute;
import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.ExportDocument;
import no.muni.model.Meeting;
import no.muni.model.MeetingItem;
import no.muni.model.Votes;

/**
 * Follows archive cases across documents: every document and meeting item about one case in time order
 * (its way from the case document through the bodies, each with its proposal, votes and decision), and
 * lists of cases by body and year. Case numbers in any written form meet through {@link CaseRef#normalise}.
 * Reads the stored parts of the documents it returns and nothing else; counts come from doc values.
 */
public final class CaseLookup {

    /** More documents than this about one case are not read; the history says it is partial. */
    public static final int MAX_DOCUMENTS_PER_CASE = 200;
    public static final int MAX_CASES = 500;

    /**
     * One step of a case: a case document (saksframlegg) with its recommendation, or a meeting's item on the
     * case (notice or minutes) with its proposal, handling, votes and decision, or a document that only names
     * the case. {@code body} and {@code itemNumber} are the meeting's; null for documents outside a meeting.
     */
    public record CaseStep(String date, String body, String itemNumber, String title, String proposal,
                           String handling, Votes votes, String decision, String documentId,
                           String documentTitle, String docType, List<String> written) {
    }

    /** Everything the index holds about one case. {@code route} is the saksgang its case document plans. */
    public record CaseHistory(String caseNumber, String title, List<String> written, List<CaseRoute> route,
                              List<String> bodies, List<CaseStep> steps, long documents, boolean partial) {
    }

    /** One case of a list: its title, documents, bodies and first and last date. */
    public record CaseSummary(String caseNumber, String title, long documents, List<String> bodies, String firstDate,
                              String lastDate) {
    }

    /** Cases with documents of a body and year, newest case numbers first. */
    public record CaseList(String body, Integer year, long total, List<CaseSummary> cases) {
    }

    /** Within a day: the case document, then the notice, then the minutes. */
    private static final List<String> DAY_ORDER = List.of("case", "notice", "minutes");

    private final Archive archive;

    public CaseLookup(Archive archive) {
        this.archive = archive;
    }

    /**
     * The case's history, or empty when no document names it.
     *
     * @throws QuerySyntaxException when {@code written} is not an archive case number
     */
    public Optional<CaseHistory> history(String written) {
        String number = normalise(written);
        List<ExportDocument> found = new ArrayList<>();
        long total = archive.forEachDated(new Archive.Selection.AnyOf(IndexFields.CASE, List.of(number)), false,
                MAX_DOCUMENTS_PER_CASE, match -> found.add(ExportJson.read(match.json())));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<CaseStep> steps = new ArrayList<>();
        List<CaseRoute> route = List.of();
        Set<String> writtenForms = new LinkedHashSet<>();
        Set<String> bodies = new LinkedHashSet<>();
        String caseTitle = null;
        for (ExportDocument stored : found) {
            DocumentStructure doc = stored.structure();
            List<String> forms = doc.caseRefs().stream().filter(r -> number.equals(r.caseNumber()))
                    .map(CaseRef::written).distinct().toList();
            writtenForms.addAll(forms);
            int before = steps.size();
            if (doc.caseInfo() != null && number.equals(doc.caseInfo().caseNumber())) {
                route = doc.caseInfo().route();
                caseTitle = caseTitle == null ? doc.title() : caseTitle;
                steps.add(new CaseStep(text(doc.date()), null, null, doc.title(), doc.caseInfo().recommendation(),
                        null, null, null, stored.id(), doc.title(), code(doc.docType()), forms));
            }
            Meeting meeting = doc.meeting();
            if (meeting != null) {
                LocalDate date = meeting.date() != null ? meeting.date() : doc.date();
                for (MeetingItem item : meeting.items()) {
                    if (number.equals(item.caseNumber())) {
                        if (meeting.body() != null) {
                            bodies.add(meeting.body());
                        }
                        caseTitle = caseTitle == null ? item.title() : caseTitle;
                        steps.add(new CaseStep(text(date), meeting.body(), item.number(), item.title(),
                                item.proposal(), item.handling(), item.votes(), item.decision(), stored.id(),
                                doc.title(), code(doc.docType()), forms));
                    }
                }
            }
            if (steps.size() == before) {
                steps.add(new CaseStep(text(doc.date()), null, null, doc.title(), null, null, null, null, stored.id(),
                        doc.title(), code(doc.docType()), forms));
            }
        }
        steps.sort(Comparator.comparing((CaseStep s) -> s.date() == null ? "9999" : s.date())
                .thenComparing(s -> dayRank(s.docType())));
        route.forEach(r -> bodies.add(r.body()));
        return Optional.of(new CaseHistory(number, caseTitle == null ? steps.getFirst().title() : caseTitle,
                List.copyOf(writtenForms), route, List.copyOf(bodies), steps, total,
                total > found.size()));
    }

    /**
     * Cases named in documents of {@code body} (a meeting's body or a case's saksgang; case and spacing
     * ignored) dated in {@code year}, either of them null for any; newest case numbers first, at most
     * {@code limit}. Counts come from doc values; only the oldest document of each listed case is read.
     */
    public CaseList list(String body, Integer year, int limit) {
        if (limit < 1 || limit > MAX_CASES) {
            throw new QuerySyntaxException("the number of cases must be between 1 and " + MAX_CASES);
        }
        String canonicalBody = body == null || body.isBlank() ? null : archive.facetValue(IndexFields.BODY, body)
                .orElse(null);
        if (body != null && !body.isBlank() && canonicalBody == null) {
            return new CaseList(body, year, 0, List.of());
        }
        Map<String, String> facets = new LinkedHashMap<>();
        if (canonicalBody != null) {
            facets.put(IndexFields.BODY, canonicalBody);
        }
        if (year != null) {
            facets.put(IndexFields.YEAR, Integer.toString(year));
        }
        List<String> all = archive.facets(new Archive.Selection.FacetValues(facets), List.of(IndexFields.CASE))
                .of(IndexFields.CASE).stream().map(FacetCount::value).sorted(Comparator.reverseOrder()).toList();
        List<CaseSummary> cases = new ArrayList<>();
        for (String number : all.subList(0, Math.min(limit, all.size()))) {
            cases.add(summary(number));
        }
        return new CaseList(canonicalBody == null ? body : canonicalBody, year, all.size(), cases);
    }

    private CaseSummary summary(String number) {
        Archive.Selection selection = new Archive.Selection.AnyOf(IndexFields.CASE, List.of(number));
        List<Archive.Match> oldest = new ArrayList<>(1);
        long documents = archive.forEachDated(selection, false, 1, oldest::add);
        List<Archive.Match> newest = new ArrayList<>(1);
        archive.forEachDated(selection, true, 1, newest::add);
        DocumentStructure first = ExportJson.read(oldest.getFirst().json()).structure();
        String title = first.caseInfo() != null && number.equals(first.caseInfo().caseNumber()) ? first.title() : null;
        if (title == null && first.meeting() != null) {
            title = first.meeting().items().stream().filter(i -> number.equals(i.caseNumber())).map(MeetingItem::title)
                    .findFirst().orElse(null);
        }
        List<String> bodies = archive.facets(selection, List.of(IndexFields.BODY)).of(IndexFields.BODY).stream()
                .map(FacetCount::value).sorted().toList();
        return new CaseSummary(number, title == null ? first.title() : title, documents, bodies,
                text(first.date()), newest.getFirst().date());
    }

    /** The archive case {@code written} names, normalised, or a {@link QuerySyntaxException} saying it is none. */
    static String normalise(String written) {
        String number = CaseRef.normalise(written == null ? "" : written);
        if (number == null) {
            throw new QuerySyntaxException("\"" + written + "\" is not an archive case number (e.g. 23/858, "
                    + "2023/00858 or RST-23/858-4)");
        }
        return number;
    }

    /**
     * The cases a document is indexed under: every archive case it writes, the cases of its meeting's
     * items and its own case, normalised.
     */
    static List<String> caseNumbers(DocumentStructure doc) {
        Set<String> numbers = new LinkedHashSet<>();
        doc.caseRefs().forEach(r -> numbers.add(r.caseNumber()));
        if (doc.meeting() != null) {
            doc.meeting().items().forEach(i -> numbers.add(i.caseNumber()));
        }
        if (doc.caseInfo() != null) {
            numbers.add(doc.caseInfo().caseNumber());
        }
        numbers.remove(null);
        return List.copyOf(numbers);
    }

    /** The bodies a document is indexed under: its meeting's body and the bodies of its case's saksgang. */
    static List<String> bodies(DocumentStructure doc) {
        Set<String> bodies = new LinkedHashSet<>();
        if (doc.meeting() != null) {
            bodies.add(doc.meeting().body());
        }
        if (doc.caseInfo() != null) {
            doc.caseInfo().route().forEach(r -> bodies.add(r.body()));
        }
        bodies.remove(null);
        return List.copyOf(bodies);
    }

    private static int dayRank(String docType) {
        int i = DAY_ORDER.indexOf(docType == null ? "" : docType.toLowerCase(Locale.ROOT));
        return i < 0 ? DAY_ORDER.size() : i;
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String code(DocType type) {
        return type == null ? null : type.code();
    }
}
