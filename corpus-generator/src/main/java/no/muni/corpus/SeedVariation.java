package no.muni.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a new document from a seed by recombination, keeping the seed's shape so the seed's writer can
 * lay it out: runs of list items keep their labels ("1)", "a)", "4.2.") but get their bodies shuffled and
 * may lose their tail, table rows below the header are shuffled and thinned, running-text paragraphs are
 * swapped for paragraphs from any seed, slide texts and teaser blocks of the scraped page are shuffled;
 * then names, dates and case numbers are varied ({@link TextVariation}).
 */
final class SeedVariation {

    private static final Pattern LABEL = Pattern.compile("^(\\d+\\)|[a-z]\\)|\\d+\\.\\d+\\.)\\s+(.*)");
    private static final Pattern SLIDE = Pattern.compile("(\\d+) (.*)");
    /** The scraped page (004): its lines are page structure (chrome, slides, teasers), not free paragraphs. */
    private static final String SCRAPED_PAGE = "004";
    private static final int RUNNING_TEXT = 80;

    private final List<String> paragraphs;

    /** {@code seeds}: where paragraphs come from when one is swapped. */
    SeedVariation(List<Seed> seeds) {
        List<String> pool = new ArrayList<>();
        for (Seed seed : seeds) {
            if (!CorpusGenerator.number(seed).equals(SCRAPED_PAGE)) {
                seed.lines().stream().skip(1)
                        .filter(l -> l instanceof SeedLine.Para p && isRunningText(p.text()))
                        .forEach(l -> pool.add(((SeedLine.Para) l).text()));
            }
        }
        this.paragraphs = List.copyOf(pool);
    }

    Seed vary(Seed template, String stem, Random random) {
        List<SeedLine> lines = new ArrayList<>(template.lines());
        if (CorpusGenerator.number(template).equals(SCRAPED_PAGE)) {
            shuffleSlides(lines, random);
            shuffleTeasers(lines, random);
        } else {
            swapParagraphs(lines, random);
            shuffleItems(lines, random);
            shuffleRows(lines, random);
        }
        TextVariation text = new TextVariation(random);
        return new Seed(stem, template.file(), lines.stream().map(l -> l.withText(text::apply)).toList());
    }

    /** A paragraph of running text, not a title, caption, numbered clause or a bullet's continuation. */
    private static boolean isRunningText(String text) {
        return text.length() >= RUNNING_TEXT && Character.isUpperCase(text.charAt(0));
    }

    private void swapParagraphs(List<SeedLine> lines, Random random) {
        int first = firstNonBlank(lines);
        for (int i = first + 1; i < lines.size(); i++) {
            if (lines.get(i) instanceof SeedLine.Para p && isRunningText(p.text()) && random.nextInt(3) == 0) {
                lines.set(i, new SeedLine.Para(paragraphs.get(random.nextInt(paragraphs.size()))));
            }
        }
    }

    /** Each run of consecutive items at one depth: bodies shuffled under fixed labels, maybe the last few dropped. */
    private static void shuffleItems(List<SeedLine> lines, Random random) {
        for (int start = 0; start < lines.size(); ) {
            int end = start;
            while (end < lines.size() && lines.get(end) instanceof SeedLine.Item item
                    && item.depth() == ((SeedLine.Item) lines.get(start)).depth()) {
                end++;
            }
            if (end - start < 2) {
                start = Math.max(end, start + 1);
                continue;
            }
            List<SeedLine> run = lines.subList(start, end);
            List<String> labels = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            for (SeedLine line : run) {
                Matcher m = LABEL.matcher(((SeedLine.Item) line).text());
                labels.add(m.matches() ? m.group(1) + " " : "");
                bodies.add(m.matches() ? m.group(2) : ((SeedLine.Item) line).text());
            }
            Collections.shuffle(bodies, random);
            int depth = ((SeedLine.Item) run.getFirst()).depth();
            int keep = run.size() - random.nextInt(run.size() / 2 + 1);
            List<SeedLine> varied = new ArrayList<>();
            for (int i = 0; i < keep; i++) {
                varied.add(new SeedLine.Item(depth, labels.get(i) + bodies.get(i)));
            }
            run.clear();
            run.addAll(varied);
            start += keep;
        }
    }

    /**
     * Each run of consecutive rows: its first row kept (the header, or the row after a page break, which
     * the transcriptions mark with a blank line), the others shuffled and some dropped.
     */
    private static void shuffleRows(List<SeedLine> lines, Random random) {
        for (int start = 0; start < lines.size(); start++) {
            if (!(lines.get(start) instanceof SeedLine.Row)) {
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end) instanceof SeedLine.Row) {
                end++;
            }
            List<SeedLine> body = lines.subList(start + 1, end);
            if (body.size() > 1) {
                List<SeedLine> rows = new ArrayList<>(body);
                Collections.shuffle(rows, random);
                body.clear();
                body.addAll(rows.subList(0, rows.size() - random.nextInt(rows.size() / 2 + 1)));
            }
            start += body.size();
        }
    }

    /** The slides after the title slide ("2 …" onwards) get each other's texts; the numbering stays. */
    private static void shuffleSlides(List<SeedLine> lines, Random random) {
        List<Integer> at = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        int expected = 2;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof SeedLine.Para p) {
                Matcher m = SLIDE.matcher(p.text());
                if (m.matches() && Integer.parseInt(m.group(1)) == expected) {
                    at.add(i);
                    texts.add(m.group(2));
                    expected++;
                }
            }
        }
        Collections.shuffle(texts, random);
        for (int k = 0; k < at.size(); k++) {
            lines.set(at.get(k), new SeedLine.Para((k + 2) + " " + texts.get(k)));
        }
    }

    /** The related-documents teasers (title, excerpt, "Detaljer", blank-separated) come in another order. */
    private static void shuffleTeasers(List<SeedLine> lines, Random random) {
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i) instanceof SeedLine.Para p && p.text().equals("Detaljer")) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return;
        }
        // back from the first "Detaljer" to the teaser's title: three non-blank lines
        int start = first;
        for (int seen = 0; seen < 2; ) {
            start--;
            if (!(lines.get(start) instanceof SeedLine.Blank)) {
                seen++;
            }
        }
        List<List<SeedLine>> teasers = new ArrayList<>();
        List<SeedLine> current = new ArrayList<>();
        for (SeedLine line : lines.subList(start, lines.size())) {
            current.add(line);
            if (line instanceof SeedLine.Para p && p.text().equals("Detaljer")) {
                teasers.add(current);
                current = new ArrayList<>();
            }
        }
        Collections.shuffle(teasers, random);
        List<SeedLine> tail = lines.subList(start, lines.size());
        tail.clear();
        teasers.forEach(tail::addAll);
        tail.addAll(current);
    }

    private static int firstNonBlank(List<SeedLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!(lines.get(i) instanceof SeedLine.Blank)) {
                return i;
            }
        }
        return lines.size();
    }
}
