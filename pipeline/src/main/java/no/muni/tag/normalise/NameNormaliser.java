package no.muni.tag.normalise;

import java.util.Locale;
import java.util.regex.Pattern;

import no.muni.tag.Gazetteer;
import no.muni.tag.GazetteerEntry;

/**
 * Turns an organisation mention into its canonical name, following the conventions of Norwegian
 * text: the gazetteer's canonical spelling for any alias or abbreviation ("IMDi"), the genitive -s
 * dropped ("NAVs", "Regjeringens", "Drammen kommunes"), the definite "X kommunen" read as the
 * institution "X kommune", commas and whitespace runs inside a name dropped ("Mental Helse, Buskerud").
 * Stateless; safe to share.
 */
public final class NameNormaliser {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{Punct}«»“”‘’\\s]+|[\\p{Punct}«»“”‘’\\s&&[^)]]+$");
    /** Definite and institution endings before which a final s is the genitive. */
    private static final Pattern GENITIVE_STEM = Pattern.compile(
            ".*(en|et|a|ne|kommune|fylkeskommune|forening|sentral|råd|lag|utvalg|kors|misjon|hus|"
                    + "departement|direktorat|tilsyn|parti|senter|forbund|byrå|bank)$");

    private final Gazetteer gazetteer;

    public NameNormaliser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The canonical form of an organisation name. */
    public String organisation(String mention) {
        String name = clean(mention);
        if (name.isEmpty()) {
            return name;
        }
        GazetteerEntry known = known(name);
        if (known != null) {
            return known.canonical();
        }
        String stem = dropGenitive(name);
        known = known(stem);
        if (known != null) {
            return known.canonical();
        }
        return institution(stem);
    }

    /** The canonical form of a person's name: cleaned, genitive dropped. */
    public String person(String mention) {
        String name = clean(mention);
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
    }

    /** The canonical form of a place name. */
    public String place(String mention) {
        String name = clean(mention);
        GazetteerEntry known = gazetteer.find(name);
        return known != null && "LOC".equals(known.type()) ? known.canonical() : name;
    }

    /** The key under which variants of one organisation are merged within and across documents. */
    public String key(String canonical) {
        return Gazetteer.key(canonical);
    }

    static String clean(String mention) {
        String s = mention.replace('\u00a0', ' ').replace(",", " ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = EDGE_PUNCT.matcher(s).replaceAll("");
        return s;
    }

    private GazetteerEntry known(String name) {
        GazetteerEntry e = gazetteer.find(name);
        return e != null && "ORG".equals(e.type()) ? e : null;
    }

    /** "NAVs" → "NAV", "Drammen kommunes" → "Drammen kommune"; leaves "Røde Kors" and "Fretex" alone. */
    static String dropGenitive(String name) {
        if (name.endsWith("'s") || name.endsWith("’s")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.length() < 4 || !name.endsWith("s") || name.endsWith("ss") || name.endsWith("krets")) {
            return name; // "krets" ends in s of its own: "Agder idrettskrets"
        }
        String stem = name.substring(0, name.length() - 1);
        String lastWord = stem.substring(stem.lastIndexOf(' ') + 1);
        boolean acronym = lastWord.length() >= 2 && lastWord.chars().filter(Character::isLetter)
                .allMatch(c -> Character.isUpperCase(c) || c == 'i');
        if (acronym || GENITIVE_STEM.matcher(lastWord.toLowerCase(Locale.ROOT)).matches()) {
            return stem;
        }
        return name;
    }

    /** "Asker kommunen" → "Asker kommune": the definite form after a place name is still the institution. */
    static String institution(String name) {
        if (name.endsWith(" fylkeskommunen")) {
            return name.substring(0, name.length() - 1);
        }
        if (name.endsWith(" kommunen") && Character.isUpperCase(name.charAt(0))) {
            return name.substring(0, name.length() - 1);
        }
        if (name.endsWith(" Kommune")) {
            return name.substring(0, name.length() - "Kommune".length()) + "kommune";
        }
        if (name.endsWith(" Fylkeskommune")) {
            return name.substring(0, name.length() - "Fylkeskommune".length()) + "fylkeskommune";
        }
        return name;
    }
}
