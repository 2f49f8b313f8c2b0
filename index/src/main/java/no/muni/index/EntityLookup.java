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
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import no.muni.model.DocumentStructure.Participant;
import no.muni.model.Entities.Entity;
import no.muni.model.Entities.Mention;
import no.muni.model.ExportDocument;
import no.muni.model.Measure;

/**
 * Cross-document lookups of organisations, persons and measures over one {@link IndexView}. A name
 * matches every canonical name or alias that contains it as whole words, compared in
 * {@link EntityNames#key} form: "Røde Kors" finds "Drammen Røde Kors" and "Rode kors" alike.
 */
public final class EntityLookup {

    private static final int MAX_DOCS = 1_000;
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

    /** Everything the index knows about an organisation (or the organisations whose names contain the query). */
    public record OrganisationProfile(String query, List<NameCount> variants, List<EntityDocument> documents,
                                      String firstDate, String lastDate, Map<String, Long> docTypes,
                                      List<NameCount> coOrganisations, List<MeasureMention> measures) {
    }

    /** Everything the index knows about a person. */
    public record PersonProfile(String query, List<NameCount> variants, List<EntityDocument> documents,
                                String firstDate, String lastDate, Map<String, Long> docTypes, List<String> roles,
                                List<String> parties) {
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
        Map<String, Long> co = new LinkedHashMap<>();
        List<MeasureMention> measures = new ArrayList<>();
        for (ExportDocument doc : found.docs()) {
            Set<String> matched = found.matchedNames().get(doc.id());
            EntityNames.of(doc).organisations().keySet().stream().filter(n -> !matched.contains(n))
                    .forEach(n -> co.merge(n, 1L, Long::sum));
            for (Measure m : doc.structure().measures()) {
                if (linked(m, matched)) {
                    measures.add(measure(doc, m));
                }
            }
        }
        return Optional.of(new OrganisationProfile(name, found.variants(), found.documents(), found.firstDate(),
                found.lastDate(), found.docTypes(), ranked(co), measures));
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
            for (Participant p : doc.structure().participants()) {
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
        return Optional.of(new PersonProfile(name, found.variants(), found.documents(), found.firstDate(),
                found.lastDate(), found.docTypes(), List.copyOf(roles), List.copyOf(parties)));
    }

    /**
     * Measures whose text contains every word of {@code text} (stemmed, and found inside compounds as in
     * search), or every measure when {@code text} is blank; newest documents first.
     */
    public List<MeasureMention> measures(String text, int limit) {
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
        for (ExportDocument doc : documents(query)) {
            for (Measure m : doc.structure().measures()) {
                if (all || terms(indexAnalyzer, orEmpty(m.text())).containsAll(wanted)) {
                    out.add(measure(doc, m));
                }
            }
        }
        out.sort(Comparator.comparing((MeasureMention m) -> m.date() == null ? "" : m.date()).reversed());
        return out.subList(0, Math.min(limit, out.size()));
    }

    private record Found(List<ExportDocument> docs, Map<String, Set<String>> matchedNames, List<NameCount> variants,
                         List<EntityDocument> documents, String firstDate, String lastDate,
                         Map<String, Long> docTypes) {
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
        List<ExportDocument> docs = clauses == 0 ? List.of() : documents(q.build());
        Map<String, Set<String>> matchedNames = new LinkedHashMap<>();
        Map<String, Long> variants = new LinkedHashMap<>();
        Map<String, Long> docTypes = new TreeMap<>();
        List<EntityDocument> documents = new ArrayList<>();
        String first = null;
        String last = null;
        for (ExportDocument doc : docs) {
            EntityNames names = EntityNames.of(doc);
            Map<String, Set<String>> entities = organisations ? names.organisations() : names.persons();
            Set<String> matched = new LinkedHashSet<>();
            entities.forEach((canonical, aliases) -> {
                if (containsWords(EntityNames.key(canonical), key)
                        || aliases.stream().anyMatch(a -> containsWords(EntityNames.key(a), key))) {
                    matched.add(canonical);
                }
            });
            matched.forEach(n -> variants.merge(n, 1L, Long::sum));
            matchedNames.put(doc.id(), matched);
            docTypes.merge(doc.structure().docType() == null ? "unknown" : doc.structure().docType(), 1L, Long::sum);
            String date = date(doc);
            if (date != null) {
                first = first == null || date.compareTo(first) < 0 ? date : first;
                last = last == null || date.compareTo(last) > 0 ? date : last;
            }
            documents.add(mentions(doc, organisations ? doc.organisations() : doc.persons(), matched, entities));
        }
        documents.sort(Comparator.comparing((EntityDocument d) -> d.date() == null ? "" : d.date()).reversed()
                .thenComparing(EntityDocument::id));
        return new Found(docs, matchedNames, ranked(variants), documents, first, last, docTypes);
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
        return new EntityDocument(doc.id(), doc.structure().title(), doc.structure().docType(), date(doc), spans.size(),
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
        return new MeasureMention(doc.id(), doc.structure().title(), doc.structure().docType(), date(doc),
                orEmpty(m.text()), m.section(), m.item(), m.period(), m.status(), m.responsible(), m.organisations());
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

    private List<ExportDocument> documents(Query query) {
        IndexSearcher searcher = view.searcher();
        List<ExportDocument> docs = new ArrayList<>();
        try {
            for (ScoreDoc sd : searcher.search(query, MAX_DOCS).scoreDocs) {
                BytesRef stored = searcher.storedFields().document(sd.doc, Set.of(IndexFields.JSON))
                        .getBinaryValue(IndexFields.JSON);
                docs.add(ExportJson.read(stored.utf8ToString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        }
        return docs;
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

    private static List<NameCount> ranked(Map<String, Long> counts) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new NameCount(e.getKey(), e.getValue())).toList();
    }
}
