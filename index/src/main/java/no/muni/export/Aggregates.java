package no.muni.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonGenerator;

import no.muni.model.DocumentStructure;
import no.muni.model.Entities.Entity;
import no.muni.model.ExportDocument;
import no.muni.model.Measure;

/**
 * Dashboard figures over exported works (the exporter passes one rendition of each), gathered one at a time while they stream past:
 * memory grows with the number of distinct years, types, organisations, organisation pairs and
 * measure groups, never with the number of documents. Written in a fixed order, so the same documents
 * always give the same bytes.
 *
 * <p>A measure's policy area is its own (strategies of a goal under a policy area) or else its document's,
 * when the document names exactly one policy area; otherwise it is null.
 */
public final class Aggregates implements Consumer<ExportDocument> {

    /** How many organisation pairs are kept: the dashboards show the strongest ties only. */
    static final int TOP_PAIRS = 50;

    private static final Comparator<Integer> YEARS = Comparator.nullsLast(Comparator.naturalOrder());
    private static final Comparator<String> TEXTS = Comparator.nullsLast(Comparator.naturalOrder());

    private record TypeYear(Integer year, String docType) {
        static final Comparator<TypeYear> ORDER = Comparator.comparing(TypeYear::year, YEARS)
                .thenComparing(TypeYear::docType, TEXTS);
    }

    private record Pair(String first, String second) {
    }

    private record MeasureGroup(String policyArea, String period, String status) {
        static final Comparator<MeasureGroup> ORDER = Comparator.comparing(MeasureGroup::policyArea, TEXTS)
                .thenComparing(MeasureGroup::period, TEXTS).thenComparing(MeasureGroup::status, TEXTS);
    }

    private long documents;
    private final Map<TypeYear, Long> byTypeYear = new TreeMap<>(TypeYear.ORDER);
    private final Map<String, Map<Integer, Long>> organisationYears = new HashMap<>();
    private final Map<Pair, Long> pairs = new HashMap<>();
    private final Map<MeasureGroup, Long> measures = new TreeMap<>(MeasureGroup.ORDER);

    /** Counts one export document. */
    @Override
    public void accept(ExportDocument doc) {
        documents++;
        DocumentStructure structure = doc.structure();
        Integer year = structure.date() == null ? null : structure.date().getYear();
        byTypeYear.merge(new TypeYear(year, structure.docType() == null ? null : structure.docType().code()), 1L,
                Long::sum);

        TreeSet<String> organisations = new TreeSet<>();
        for (Entity o : doc.organisations()) {
            if (o.name() != null && !o.name().isBlank()) {
                organisations.add(o.name());
            }
        }
        for (String organisation : organisations) {
            organisationYears.computeIfAbsent(organisation, k -> new TreeMap<>(YEARS)).merge(year, 1L, Long::sum);
        }
        List<String> sorted = List.copyOf(organisations);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.merge(new Pair(sorted.get(i), sorted.get(j)), 1L, Long::sum);
            }
        }

        List<String> areas = structure.policy().policyAreas();
        String area = areas.size() == 1 ? areas.get(0) : null;
        for (Measure m : structure.measures()) {
            String own = m.policyArea();
            measures.merge(new MeasureGroup(own != null ? own : area, m.period(), m.status()), 1L, Long::sum);
        }
    }

    public long documents() {
        return documents;
    }

    /** Writes the {@code aggregates} object (see docs/schema/export.schema.json). */
    public void write(JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("documents", documents);

        gen.writeArrayFieldStart("documentsByYearAndType");
        for (Map.Entry<TypeYear, Long> e : byTypeYear.entrySet()) {
            gen.writeStartObject();
            writeYear(gen, e.getKey().year());
            gen.writeStringField("docType", e.getKey().docType());
            gen.writeNumberField("count", e.getValue());
            gen.writeEndObject();
        }
        gen.writeEndArray();

        gen.writeArrayFieldStart("organisations");
        for (Map.Entry<String, Map<Integer, Long>> e : organisationsByDocumentsThenName()) {
            gen.writeStartObject();
            gen.writeStringField("name", e.getKey());
            gen.writeNumberField("documents", total(e.getValue()));
            gen.writeArrayFieldStart("byYear");
            for (Map.Entry<Integer, Long> y : e.getValue().entrySet()) {
                gen.writeStartObject();
                writeYear(gen, y.getKey());
                gen.writeNumberField("count", y.getValue());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();

        gen.writeArrayFieldStart("organisationPairs");
        for (Map.Entry<Pair, Long> e : topPairs()) {
            gen.writeStartObject();
            gen.writeArrayFieldStart("organisations");
            gen.writeString(e.getKey().first());
            gen.writeString(e.getKey().second());
            gen.writeEndArray();
            gen.writeNumberField("documents", e.getValue());
            gen.writeEndObject();
        }
        gen.writeEndArray();

        gen.writeArrayFieldStart("measures");
        for (Map.Entry<MeasureGroup, Long> e : measures.entrySet()) {
            gen.writeStartObject();
            gen.writeStringField("policyArea", e.getKey().policyArea());
            gen.writeStringField("period", e.getKey().period());
            gen.writeStringField("status", e.getKey().status());
            gen.writeNumberField("count", e.getValue());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private List<Map.Entry<String, Map<Integer, Long>>> organisationsByDocumentsThenName() {
        List<Map.Entry<String, Map<Integer, Long>>> list = new ArrayList<>(organisationYears.entrySet());
        list.sort(Comparator.comparing((Map.Entry<String, Map<Integer, Long>> e) -> total(e.getValue())).reversed()
                .thenComparing(Map.Entry::getKey));
        return list;
    }

    private List<Map.Entry<Pair, Long>> topPairs() {
        return pairs.entrySet().stream()
                .sorted(Map.Entry.<Pair, Long>comparingByValue().reversed()
                        .thenComparing(e -> e.getKey().first())
                        .thenComparing(e -> e.getKey().second()))
                .limit(TOP_PAIRS)
                .toList();
    }

    private static long total(Map<Integer, Long> byYear) {
        return byYear.values().stream().mapToLong(Long::longValue).sum();
    }

    private static void writeYear(JsonGenerator gen, Integer year) throws IOException {
        if (year == null) {
            gen.writeNullField("year");
        } else {
            gen.writeNumberField("year", year);
        }
    }
}
