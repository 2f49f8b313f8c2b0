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
import org.apache.lucene.search.IndexSearcher;

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

    private final Archive archive;
    private final Analyzer queryAnalyzer = new MuniAnalyzer(MuniAnalyzer.Side.QUERY);
    private final Analyzer indexAnalyzer = new MuniAnalyzer(MuniAnalyzer.Side.INDEX);

    public EntityLookup(Archive archive) {
        this.archive = archive;
    }

    /** Organisations by the number of documents they occur in. */
    public List<NameCount> organisations(int limit) {
        return archive.counts(IndexFields.ORGANISATION, limit).entrySet().stream()
                .map(e -> new NameCount(e.getKey(), e.getValue())).toList();
    }

    /** Persons by the number of documents they occur in. */
    public List<NameCount> persons(int limit) {
        return archive.counts(IndexFields.PERSON, limit).entrySet().stream()
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
        Archive.Selection selection = all ? new Archive.Selection.FacetValues(Map.of())
                : new Archive.Selection.AllWords(IndexFields.MEASURE_TEXT, text);
        Set<String> wanted = all ? Set.of() : new HashSet<>(terms(queryAnalyzer, text));
        List<MeasureMention> out = new ArrayList<>();
        Set<String> works = new HashSet<>();
        int[] read = {0};
        long matching = archive.forEachDated(selection, true, MAX_MEASURE_DOCS, match -> {
            read[0]++;
            if (works.add(match.workId())) { // another rendition of a work already listed has the same measures
                ExportDocument doc = ExportJson.read(match.json());
                for (Measure m : doc.structure().measures()) {
                    if (out.size() < limit && (all || terms(indexAnalyzer, orEmpty(m.text())).containsAll(wanted))) {
                        out.add(measure(doc, m));
                    }
                }
            }
            return out.size() < limit;
        });
        // partial: the limit was not reached and matching documents were left unread
        return new MeasureSearch(out, read[0], out.size() < limit && matching > read[0]);
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
        List<String> keys = archive.values(keyField).stream().filter(k -> containsWords(k, key)).sorted().toList();
        Found none = new Found(0, List.of(), Map.of(), List.of(), List.of(), null, null, Map.of(), List.of(), false);
        if (keys.isEmpty()) {
            return none;
        }
        int maxKeys = IndexSearcher.getMaxClauseCount();
        Archive.Selection selection = new Archive.Selection.AnyOf(keyField,
                keys.size() > maxKeys ? keys.subList(0, maxKeys) : keys);
        Map<String, Set<String>> matchedNames = new LinkedHashMap<>();
        Set<String> pageVariants = new LinkedHashSet<>();
        List<ExportDocument> docs = new ArrayList<>();
        List<EntityDocument> documents = new ArrayList<>();
        Set<String> listedWorks = new HashSet<>();
        List<String> lastDate = new ArrayList<>(1);
        long matching = archive.forEachDated(selection, true, PROFILE_DOCUMENTS, match -> {
            if (lastDate.isEmpty()) {
                lastDate.add(match.date());
            }
            if (!listedWorks.add(match.workId())) {
                return true;
            }
            ExportDocument doc = ExportJson.read(match.json());
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
            return true;
        });
        if (matching == 0) {
            return none;
        }
        String dim = organisations ? IndexFields.ORGANISATION : IndexFields.PERSON;
        Archive.WorkFacets counts = archive.facets(selection, List.of(dim, IndexFields.DOC_TYPE));
        List<NameCount> variants = new ArrayList<>();
        List<NameCount> others = new ArrayList<>();
        for (FacetCount c : counts.of(dim)) {
            boolean variant = pageVariants.contains(c.value()) || containsWords(EntityNames.key(c.value()), key);
            List<NameCount> into = variant ? variants : others;
            if (into.size() < MAX_NAMES) {
                into.add(new NameCount(c.value(), c.count()));
            }
        }
        Map<String, Long> docTypes = new TreeMap<>();
        counts.of(IndexFields.DOC_TYPE).stream().limit(MAX_NAMES).forEach(c -> docTypes.put(c.value(), c.count()));
        return new Found(counts.works(), docs, matchedNames, variants, documents, oldestDate(selection),
                lastDate.getFirst(), docTypes, organisations ? others : List.of(), keys.size() > maxKeys);
    }

    /** The date of the oldest selected document: null when none is dated. */
    private String oldestDate(Archive.Selection selection) {
        List<String> date = new ArrayList<>(1);
        archive.forEachDated(selection, false, 1, match -> date.add(match.date()));
        return date.isEmpty() ? null : date.getFirst();
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

    private static boolean containsWords(String haystack, String needle) {
        return !needle.isEmpty() && (" " + haystack + " ").contains(" " + needle + " ");
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
