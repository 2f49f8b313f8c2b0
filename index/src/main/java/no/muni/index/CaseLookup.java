package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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

    private final IndexView view;

    public CaseLookup(IndexView view) {
        this.view = view;
    }

    /**
     * The case's history, or empty when no document names it.
     *
     * @throws QuerySyntaxException when {@code written} is not an archive case number
     */
    public Optional<CaseHistory> history(String written) {
        String number = normalise(written);
        IndexSearcher searcher = view.searcher();
        try {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.CASE, number)), MAX_DOCUMENTS_PER_CASE,
                    IndexView.byDate(false));
            if (top.scoreDocs.length == 0) {
                return Optional.empty();
            }
            List<CaseStep> steps = new ArrayList<>();
            List<CaseRoute> route = List.of();
            Set<String> writtenForms = new LinkedHashSet<>();
            Set<String> bodies = new LinkedHashSet<>();
            String caseTitle = null;
            for (ScoreDoc sd : top.scoreDocs) {
                ExportDocument stored = stored(sd.doc);
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
            long total = top.totalHits.value();
            return Optional.of(new CaseHistory(number, caseTitle == null ? steps.getFirst().title() : caseTitle,
                    List.copyOf(writtenForms), route, List.copyOf(bodies), steps, total,
                    total > top.scoreDocs.length));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
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
        String canonicalBody = body == null || body.isBlank() ? null : view.facetValue(IndexFields.BODY, body)
                .orElse(null);
        if (body != null && !body.isBlank() && canonicalBody == null) {
            return new CaseList(body, year, 0, List.of());
        }
        DrillDownQuery query = new DrillDownQuery(DocumentIndex.facetsConfig(), new MatchAllDocsQuery());
        if (canonicalBody != null) {
            query.add(IndexFields.BODY, canonicalBody);
        }
        if (year != null) {
            query.add(IndexFields.YEAR, Integer.toString(year));
        }
        try {
            FacetsCollector fc = view.searcher().search(query, new FacetsCollectorManager());
            Facets facets = new SortedSetDocValuesFacetCounts(view.facetState(), fc);
            List<LabelAndValue> all = allChildren(facets, IndexFields.CASE);
            all.sort(Comparator.comparing((LabelAndValue lv) -> lv.label).reversed());
            List<CaseSummary> cases = new ArrayList<>();
            for (LabelAndValue lv : all.subList(0, Math.min(limit, all.size()))) {
                cases.add(summary(lv.label));
            }
            return new CaseList(canonicalBody == null ? body : canonicalBody, year, all.size(), cases);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    private CaseSummary summary(String number) throws IOException {
        IndexSearcher searcher = view.searcher();
        TermQuery query = new TermQuery(new Term(IndexFields.CASE, number));
        TopDocs oldest = searcher.search(query, 1, IndexView.byDate(false));
        TopDocs newest = searcher.search(query, 1, IndexView.byDate(true));
        DocumentStructure first = stored(oldest.scoreDocs[0].doc).structure();
        String title = first.caseInfo() != null && number.equals(first.caseInfo().caseNumber()) ? first.title() : null;
        if (title == null && first.meeting() != null) {
            title = first.meeting().items().stream().filter(i -> number.equals(i.caseNumber())).map(MeetingItem::title)
                    .findFirst().orElse(null);
        }
        FacetsCollector fc = searcher.search(query, new FacetsCollectorManager());
        List<String> bodies = allChildren(new SortedSetDocValuesFacetCounts(view.facetState(), fc), IndexFields.BODY)
                .stream().map(lv -> lv.label).toList();
        return new CaseSummary(number, title == null ? first.title() : title, oldest.totalHits.value(), bodies,
                text(first.date()), storedDate(newest.scoreDocs[0].doc));
    }

    private static List<LabelAndValue> allChildren(Facets facets, String dim) throws IOException {
        try {
            FacetResult result = facets.getAllChildren(dim);
            return result == null ? new ArrayList<>() : new ArrayList<>(List.of(result.labelValues));
        } catch (IllegalArgumentException e) {
            return new ArrayList<>(); // no document has this dimension yet
        }
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

    private ExportDocument stored(int doc) throws IOException {
        Document stored = view.searcher().storedFields().document(doc, Set.of(IndexFields.JSON));
        return ExportJson.read(stored.getBinaryValue(IndexFields.JSON).utf8ToString());
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

    private String storedDate(int doc) throws IOException {
        return view.searcher().storedFields().document(doc, Set.of(IndexFields.DATE)).get(IndexFields.DATE);
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
