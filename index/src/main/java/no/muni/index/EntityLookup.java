package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.ExportDocument;
import no.muni.model.Measure;
import no.muni.model.Minutes.Participant;

/**
 * Cross-document lookups of organisations, persons and measures over one {@link IndexView}. A name
 * matches every canonical name or alias that contains it as whole words, compared in
 * {@link EntityNames#key} form: "Røde Kors" finds "Drammen Røde Kors" and "Rode kors" alike.
 *
 * <p>A lookup reads only what it returns: a profile counts its documents, variants, document types,
 * co-occurring names and dates from doc values over every match, and reads the stored documents of its
 * page (the newest {@link #PROFILE_DOCUMENTS}) for mentions, measures, roles and parties; a measure search
 * reads documents newest first until it has its {@code limit}. A name as common as "kommune" matches
 * thousands of documents and costs no more than a page.
 */
public final class EntityLookup {

    /** Documents a profile shows (and reads); the counts cover every match. */
    public static final int PROFILE_DOCUMENTS = 50;
    /** Documents a measure search reads at most, newest first; a search cut there says it is partial. */
    static final int MAX_MEASURE_DOCS = 1_000;
    private static final int MAX_NAMES = 50;
    private static final int SNIPPETS_PER_DOC = 3;
    private static final int CONTEXT = 70;
    private static final Pattern PARTY = Pattern.compile("\\s*\\(([A-ZÆØÅ][A-Za-zÆØÅæøå]{0,5})\\)");

    /** A name and in how many documents it occurs. */
    public record NameCount(String name, long documents) {
    }

    /** One document an entity occurs in, with its mentions in context. */
    public record EntityDocument(String id, String title, String docType, String date, int mentions,
                                 List<String> snippets) {
    }

    /** A measure as one document states it. */
    public record MeasureMention(String documentId, String documentTitle, String docType, String date, String text,
                                 String section, String item, String period, String status, String responsible,
                                 List<String> organisations) {
    }

    /**
     * The measures found, and whether the search stopped at {@link #MAX_MEASURE_DOCS} documents read with
     * fewer than its limit found and more documents unread: then {@code partial} is true and a narrower
     * query finds what the cut left out.
     */
    public record MeasureSearch(List<MeasureMention> measures, long documentsRead, boolean partial) {
    }

    /**
     * Everything the index knows about an organisation (or the organisations whose names contain the query):
     * {@code documentCount} documents in all, the newest {@link #PROFILE_DOCUMENTS} of them in {@code documents}.
     * {@code partial} when more names contain the query than one search may ask for (Lucene's clause limit):
     * the profile covers the first of them only.
     */
    public record OrganisationProfile(String query, long documentCount, List<NameCount> variants,
                                      List<EntityDocument> documents,
                                      String firstDate, String lastDate, Map<String, Long> docTypes,
                                      List<NameCount> coOrganisations, List<MeasureMention> measures, boolean partial) {
    }

    /** Everything the index knows about a person; documents and {@code partial} as in {@link OrganisationProfile}. */
    public record PersonProfile(String query, long documentCount, List<NameCount> variants, List<EntityDocument> documents,
                                String firstDate, String lastDate, Map<String, Long> docTypes, List<String> roles,
                                List<String> parties, boolean partial) {
    }

    private final IndexView view;

    public EntityLookup(IndexView view) {
        this.view = view;
    }

    /** Organisations by the number of documents they occur in. */
    public List<NameCount> organisations(int limit) {
        return view.counts(IndexFields.ORGANISATION, limit).entrySet().stream()
                .map(e -> new NameCount(e.getKey(), e.getValue())).toList();
    }

    /** Persons by the number of documents they occur in. */
    public List<NameCount> persons(int limit) {
        return view.counts(IndexFields.PERSON, limit).entrySet().stream()
                .map(e -> new NameCount(e.getKey(), e.getValue())).toList();
    }

    public Optional<OrganisationProfile> organisation(String name) {
        Found found = find(IndexFields.ORGANISATION_KEY, name, true);
        if (found.docs().isEmpty()) {
            return Optional.empty();
        }
        List<MeasureMention> measures = new ArrayList<>();
        for (ExportDocument doc : found.docs()) {
            Set<String> matched = found.matchedNames().get(doc.id());
            for (Measure m : doc.structure().measures()) {
                if (linked(m, matched)) {
                    measures.add(measure(doc, m));
                }
            }
        }
        return Optional.of(new OrganisationProfile(name, found.total(), found.variants(), found.documents(),
                found.firstDate(), found.lastDate(), found.docTypes(), found.others(), measures, found.partial()));
    }

    public Optional<PersonProfile> person(String name) {
        Found found = find(IndexFields.PERSON_KEY, name, false);
        if (found.docs().isEmpty()) {
            return Optional.empty();
        }
        Set<String> roles = new LinkedHashSet<>();
        Set<String> parties = new LinkedHashSet<>();
        for (ExportDocument doc : found.docs()) {
            Set<String> matched = found.matchedNames().get(doc.id());
            for (Participant p : doc.structure().minutes().participants()) {
                if (matched.contains(p.name()) && p.group() != null && !p.group().isBlank()) {
                    roles.add(p.group());
                }
            }
            String text = text(doc);
            for (String n : matched) {
                Matcher m = Pattern.compile(Pattern.quote(n) + PARTY.pattern()).matcher(text);
                while (m.find()) {
                    parties.add(m.group(1));
                }
            }
        }
        return Optional.of(new PersonProfile(name, found.total(), found.variants(), found.documents(), found.firstDate(),
                found.lastDate(), found.docTypes(), List.copyOf(roles), List.copyOf(parties), found.partial()));
    }

    /**
     * Measures whose text contains every word of {@code text} (stemmed, and found inside compounds as in
     * search), or every measure when {@code text} is blank; newest documents first.
     */
    public MeasureSearch measures(String text, int limit) {
        boolean all = text == null || text.isBlank();
        Query query;
        Set<String> wanted;
        if (all) {
            query = new MatchAllDocsQuery();
            wanted = Set.of();
        } else {
            QueryParser parser = new QueryParser(IndexFields.MEASURE_TEXT, view.queryAnalyzer());
            parser.setDefaultOperator(QueryParser.Operator.AND);
            try {
                query = parser.parse(QueryParser.escape(text));
            } catch (ParseException e) {
                throw new QuerySyntaxException("cannot understand the measure \"" + text + "\"");
            }
            wanted = new HashSet<>(terms(view.queryAnalyzer(), text));
        }
        Analyzer indexAnalyzer = new MuniAnalyzer(MuniAnalyzer.Side.INDEX);
        List<MeasureMention> out = new ArrayList<>();
        IndexSearcher searcher = view.searcher();
        Sort newestFirst = IndexView.byDate(true);
        int read = 0;
        boolean unread = false;
        try {
            ScoreDoc after = null;
            Set<String> works = new HashSet<>();
            while (out.size() < limit && !unread) {
                TopDocs page = after == null ? searcher.search(query, 100, newestFirst)
                        : searcher.searchAfter(after, query, 100, newestFirst);
                if (page.scoreDocs.length == 0) {
                    break;
                }
                for (ScoreDoc sd : page.scoreDocs) {
                    if (read == MAX_MEASURE_DOCS) {
                        unread = true; // a matching document is left unread
                        break;
                    }
                    read++;
                    after = sd;
                    if (!works.add(view.work(sd.doc).id())) {
                        continue; // another rendition of a work already listed: its measures are the same
                    }
                    ExportDocument doc = stored(sd.doc);
                    for (Measure m : doc.structure().measures()) {
                        if (out.size() < limit && (all || terms(indexAnalyzer, orEmpty(m.text())).containsAll(wanted))) {
                            out.add(measure(doc, m));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return new MeasureSearch(out, read, unread && out.size() < limit);
    }

    /** A profile's matches: counts over all of them, the stored documents of the page. */
    private record Found(long total, List<ExportDocument> docs, Map<String, Set<String>> matchedNames,
                         List<NameCount> variants, List<EntityDocument> documents, String firstDate, String lastDate,
                         Map<String, Long> docTypes, List<NameCount> others, boolean partial) {
    }

    private Found find(String keyField, String name, boolean organisations) {
        String key = EntityNames.key(name == null ? "" : name);
        if (key.isEmpty()) {
            throw new QuerySyntaxException("give a name to look up");
        }
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        int clauses = 0;
        for (String k : keysContaining(keyField, key)) {
            if (clauses++ < IndexSearcher.getMaxClauseCount()) {
                q.add(new TermQuery(new Term(keyField, k)), BooleanClause.Occur.SHOULD);
            }
        }
        if (clauses == 0) {
            return new Found(0, List.of(), Map.of(), List.of(), List.of(), null, null, Map.of(), List.of(), false);
        }
        Query query = q.build();
        IndexSearcher searcher = view.searcher();
        try {
            TopDocs newest = searcher.search(query, PROFILE_DOCUMENTS, IndexView.byDate(true));
            FacetsCollector matching = searcher.search(query, new FacetsCollectorManager());
            WorkCounts counts = view.workCounts(matching); // renditions of one text count once
            long total = counts.works();
            if (newest.totalHits.value() == 0) {
                return new Found(0, List.of(), Map.of(), List.of(), List.of(), null, null, Map.of(), List.of(), false);
            }
            Map<String, Set<String>> matchedNames = new LinkedHashMap<>();
            Set<String> pageVariants = new LinkedHashSet<>();
            List<ExportDocument> docs = new ArrayList<>();
            List<EntityDocument> documents = new ArrayList<>();
            Set<String> listedWorks = new HashSet<>();
            for (ScoreDoc sd : newest.scoreDocs) {
                if (!listedWorks.add(view.work(sd.doc).id())) {
                    continue;
                }
                ExportDocument doc = stored(sd.doc);
                docs.add(doc);
                EntityNames names = EntityNames.of(doc);
                Map<String, Set<String>> entities = organisations ? names.organisations() : names.persons();
                Set<String> matched = new LinkedHashSet<>();
                entities.forEach((canonical, aliases) -> {
                    if (containsWords(EntityNames.key(canonical), key)
                            || aliases.stream().anyMatch(a -> containsWords(EntityNames.key(a), key))) {
                        matched.add(canonical);
                    }
                });
                pageVariants.addAll(matched);
                matchedNames.put(doc.id(), matched);
                documents.add(mentions(doc, organisations ? doc.organisations() : doc.persons(), matched, entities));
            }
            List<NameCount> variants = new ArrayList<>();
            List<NameCount> others = new ArrayList<>();
            String dim = organisations ? IndexFields.ORGANISATION : IndexFields.PERSON;
            for (LabelAndValue lv : children(counts, dim, 0)) {
                boolean variant = pageVariants.contains(lv.label) || containsWords(EntityNames.key(lv.label), key);
                List<NameCount> into = variant ? variants : others;
                if (into.size() < MAX_NAMES) {
                    into.add(new NameCount(lv.label, lv.value.longValue()));
                }
            }
            Map<String, Long> docTypes = new TreeMap<>();
            children(counts, IndexFields.DOC_TYPE, MAX_NAMES).forEach(lv -> docTypes.put(lv.label, lv.value.longValue()));
            TopDocs oldest = searcher.search(query, 1, IndexView.byDate(false));
            return new Found(total, docs, matchedNames, variants, documents, storedDate(oldest.scoreDocs[0].doc),
                    storedDate(newest.scoreDocs[0].doc), docTypes, organisations ? others : List.of(),
                    clauses > IndexSearcher.getMaxClauseCount());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
    }

    /** A facet dimension's values over the counted documents, most works first: the top ones, or all for 0. */
    private static List<LabelAndValue> children(Facets counts, String dim, int top) throws IOException {
        try {
            FacetResult result = top > 0 ? counts.getTopChildren(top, dim) : counts.getAllChildren(dim);
            return result == null ? List.of() : java.util.Arrays.stream(result.labelValues)
                    .sorted(Comparator.comparing((LabelAndValue lv) -> lv.value.longValue()).reversed()
                            .thenComparing(lv -> lv.label)).toList();
        } catch (IllegalArgumentException e) {
            return List.of(); // no document has this dimension
        }
    }

    private String storedDate(int doc) throws IOException {
        return view.searcher().storedFields().document(doc, Set.of(IndexFields.DATE)).get(IndexFields.DATE);
    }

    /** The mentions of the matched names in one document: the tagger's offsets, else the names found in the text. */
    private EntityDocument mentions(ExportDocument doc, List<Entity> tagged, Set<String> matched,
                                    Map<String, Set<String>> entities) {
        String text = text(doc);
        List<int[]> spans = new ArrayList<>();
        for (Entity e : tagged) {
            if (matched.contains(e.name())) {
                for (Mention m : e.mentions()) {
                    spans.add(new int[] {m.start(), m.end()});
                }
            }
        }
        if (spans.isEmpty()) {
            String lower = text.toLowerCase(Locale.ROOT);
            for (String n : matched) {
                Set<String> forms = new LinkedHashSet<>(List.of(n));
                forms.addAll(entities.getOrDefault(n, Set.of()));
                for (String form : forms) {
                    String f = form.toLowerCase(Locale.ROOT);
                    for (int i = lower.indexOf(f); i >= 0 && !f.isEmpty(); i = lower.indexOf(f, i + f.length())) {
                        spans.add(new int[] {i, i + f.length()});
                    }
                }
            }
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        List<String> snippets = spans.stream().limit(SNIPPETS_PER_DOC).map(s -> snippet(text, s[0], s[1])).toList();
        return new EntityDocument(doc.id(), doc.structure().title(), docType(doc), date(doc), spans.size(),
                snippets);
    }

    private static String snippet(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        int from = Math.max(0, s - CONTEXT);
        int to = Math.min(text.length(), e + CONTEXT);
        return ((from > 0 ? "…" : "") + text.substring(from, s) + "[" + text.substring(s, e) + "]" + text.substring(e, to)
                + (to < text.length() ? "…" : "")).replaceAll("\\s+", " ").strip();
    }

    private static boolean linked(Measure measure, Set<String> names) {
        Set<String> keys = new HashSet<>();
        names.forEach(n -> keys.add(EntityNames.key(n)));
        for (String o : measure.organisations()) {
            if (keys.contains(EntityNames.key(orEmpty(o)))) {
                return true;
            }
        }
        String responsible = EntityNames.key(orEmpty(measure.responsible()));
        String text = EntityNames.key(orEmpty(measure.text()));
        return keys.stream().anyMatch(k -> containsWords(responsible, k) || containsWords(text, k));
    }

    private static MeasureMention measure(ExportDocument doc, Measure m) {
        return new MeasureMention(doc.id(), doc.structure().title(), docType(doc), date(doc),
                orEmpty(m.text()), m.section(), m.item(), m.period(), m.status(), m.responsible(), m.organisations());
    }

    private static String docType(ExportDocument doc) {
        return doc.structure().docType() == null ? null : doc.structure().docType().code();
    }

    private static String date(ExportDocument doc) {
        return doc.structure().date() == null ? null : doc.structure().date().toString();
    }

    private static String text(ExportDocument doc) {
        return orEmpty(doc.structure().text());
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Lookup keys of one field that contain {@code key} as whole words. */
    private List<String> keysContaining(String field, String key) {
        List<String> keys = new ArrayList<>();
        try {
            Terms terms = MultiTerms.getTerms(view.searcher().getIndexReader(), field);
            if (terms == null) {
                return keys;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef t = it.next(); t != null; t = it.next()) {
                String k = t.utf8ToString();
                if (containsWords(k, key)) {
                    keys.add(k);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return keys;
    }

    private static boolean containsWords(String haystack, String needle) {
        return !needle.isEmpty() && (" " + haystack + " ").contains(" " + needle + " ");
    }

    private ExportDocument stored(int doc) throws IOException {
        BytesRef json = view.searcher().storedFields().document(doc, Set.of(IndexFields.JSON))
                .getBinaryValue(IndexFields.JSON);
        return ExportJson.read(json.utf8ToString());
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(IndexFields.MEASURE_TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse " + text, e);
        }
        return out;
    }
}
