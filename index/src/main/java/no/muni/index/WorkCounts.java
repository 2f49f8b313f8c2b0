package no.muni.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * Turns document counts into work counts: how many of the matching documents are further renditions of a
 * work already counted, overall and per facet value. Only documents of works with several renditions are
 * looked at (one doc-values read tells), so a result without such works costs one read per document.
 */
record WorkCounts(long extraRenditions, Map<String, Map<String, Long>> extraByFacet) {

    static final WorkCounts NONE = new WorkCounts(0, Map.of());

    /** The further renditions among the documents the collector saw. */
    static WorkCounts of(FacetsCollector collector) throws IOException {
        Map<String, List<List<String>>> labelsByWork = new HashMap<>();
        for (FacetsCollector.MatchingDocs md : collector.getMatchingDocs()) {
            var leaf = md.context().reader();
            NumericDocValues sizes = leaf.getNumericDocValues(IndexFields.WORK_SIZE);
            if (sizes == null || md.bits() == null) {
                continue;
            }
            BinaryDocValues works = leaf.getBinaryDocValues(IndexFields.WORK_ID);
            SortedSetDocValues facets = leaf.getSortedSetDocValues(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
            // a segment's facet values decoded once each, not once per document that has them
            Map<Long, String> labelOf = new HashMap<>();
            DocIdSetIterator docs = md.bits().iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (!sizes.advanceExact(doc) || sizes.longValue() < 2 || works == null || !works.advanceExact(doc)) {
                    continue;
                }
                List<String> labels = new ArrayList<>();
                if (facets != null && facets.advanceExact(doc)) {
                    for (int i = 0; i < facets.docValueCount(); i++) {
                        long ord = facets.nextOrd(); // a document's ordinals are distinct, so are its labels
                        String label = labelOf.get(ord);
                        if (label == null) {
                            label = facets.lookupOrd(ord).utf8ToString();
                            labelOf.put(ord, label);
                        }
                        labels.add(label);
                    }
                }
                labelsByWork.computeIfAbsent(works.binaryValue().utf8ToString(), w -> new ArrayList<>()).add(labels);
            }
        }
        long extra = 0;
        Map<String, Map<String, Long>> byFacet = new HashMap<>();
        Map<String, String[]> paths = new HashMap<>();
        for (List<List<String>> renditions : labelsByWork.values()) {
            extra += renditions.size() - 1;
            Map<String, Long> perLabel = new HashMap<>();
            renditions.forEach(labels -> labels.forEach(l -> perLabel.merge(l, 1L, Long::sum)));
            perLabel.forEach((label, n) -> {
                String[] path = paths.computeIfAbsent(label, FacetsConfig::stringToPath);
                if (n > 1 && path.length == 2) {
                    byFacet.computeIfAbsent(path[0], d -> new HashMap<>()).merge(path[1], n - 1, Long::sum);
                }
            });
        }
        return new WorkCounts(extra, byFacet);
    }

    /** One facet value's document count as a work count. */
    long works(String dim, String value, long documents) {
        return documents - extraByFacet.getOrDefault(dim, Map.of()).getOrDefault(value, 0L);
    }

    /** Document counts of one dimension as work counts, largest first (ties by value). */
    List<FacetCount> works(String dim, List<FacetCount> documents) {
        Map<String, Long> extra = extraByFacet.getOrDefault(dim, Map.of());
        if (extra.isEmpty()) {
            return documents;
        }
        List<FacetCount> out = new ArrayList<>(documents.size());
        for (FacetCount c : documents) {
            out.add(new FacetCount(c.value(), c.count() - extra.getOrDefault(c.value(), 0L)));
        }
        out.sort(FacetCount.MOST_FIRST);
        return out;
    }
}
