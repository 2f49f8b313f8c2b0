package no.muni.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values a document is searched, filtered and faceted by beyond its own fields, derived once from the
 * export document so that every index (the embedded Lucene index, a SolrCloud collection) holds the same:
 * organisation and person names with their aliases, their lookup keys, the normalised case numbers and the
 * political bodies.
 */
public record SearchFields(List<String> organisations, List<String> persons, Set<String> organisationKeys,
                           Set<String> personKeys, List<String> cases, List<String> bodies) {

    public static SearchFields of(IndexDocument d) {
        EntityNames names = EntityNames.of(d.export());
        return new SearchFields(distinct(d.organisations(), names.organisations().keySet()),
                distinct(d.persons(), names.persons().keySet()), keys(names.organisations()), keys(names.persons()),
                CaseLookup.caseNumbers(d.export().structure()), CaseLookup.bodies(d.export().structure()));
    }

    /** The values of both lists in order, each once, without blanks. */
    private static List<String> distinct(List<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>();
        a.forEach(all::add);
        all.addAll(b);
        all.removeIf(v -> v == null || v.isBlank());
        return new ArrayList<>(all);
    }

    /** Canonical names and aliases as lookup keys (see {@link EntityNames#key}). */
    private static Set<String> keys(Map<String, Set<String>> names) {
        Set<String> keys = new LinkedHashSet<>();
        names.forEach((name, aliases) -> {
            keys.add(EntityNames.key(name));
            aliases.forEach(a -> keys.add(EntityNames.key(a)));
        });
        return keys;
    }
}
