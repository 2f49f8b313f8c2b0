package no.muni.index;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

import no.muni.model.Entities.Entity;
import no.muni.model.EntityKind;
import no.muni.model.ExportDocument;
import no.muni.model.Minutes.Participant;

/**
 * The organisations and persons an export document names, canonical name → aliases: the tagger's
 * entities and the participants of minutes.
 */
public record EntityNames(Map<String, Set<String>> organisations, Map<String, Set<String>> persons) {

    public static EntityNames of(ExportDocument doc) {
        Map<String, Set<String>> orgs = new LinkedHashMap<>();
        Map<String, Set<String>> persons = new LinkedHashMap<>();
        addEntities(doc.organisations(), orgs);
        addEntities(doc.persons(), persons);
        for (Participant p : doc.structure().minutes().participants()) {
            Map<String, Set<String>> target = p.kind() == EntityKind.ORGANISATION ? orgs
                    : p.kind() == EntityKind.PERSON ? persons : null;
            if (target != null && p.name() != null && !p.name().isBlank()) {
                target.computeIfAbsent(p.name().strip(), k -> new LinkedHashSet<>());
            }
        }
        return new EntityNames(orgs, persons);
    }

    /**
     * The form names are compared in: lower case, accents and æ/ø/å folded, spaces collapsed, so
     * "RØDE  KORS", "Røde Kors" and "Rode Kors" are one key.
     */
    public static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        char[] out = new char[s.length() * 4];
        int n = ASCIIFoldingFilter.foldToASCII(s.toCharArray(), 0, out, 0, s.length());
        return new String(out, 0, n);
    }

    private static void addEntities(List<Entity> entities, Map<String, Set<String>> into) {
        for (Entity e : entities) {
            String name = e.name() == null ? "" : e.name().strip();
            if (name.isEmpty()) {
                continue;
            }
            Set<String> aliases = into.computeIfAbsent(name, k -> new LinkedHashSet<>());
            for (String a : e.aliases()) {
                if (a != null && !a.isBlank()) {
                    aliases.add(a.strip());
                }
            }
        }
    }
}
