package no.muni.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 004: a slide deck's text as scraped from a document-sharing site, written back as that site's
 * page. The transcription holds the page's text in reading order:
 * <ol>
 *   <li>the document title,</li>
 *   <li>viewer chrome: the embed options ("Størrelse: px", "Begynne med side:"), the download button and
 *       the "Transkript" tab,</li>
 *   <li>the transcript proper: one line per slide, "N text",</li>
 *   <li>the site's unrelated "similar documents" teasers: title, excerpt (which repeats the title),
 *       "Detaljer" link, three lines each.</li>
 * </ol>
 * The chrome goes into header/toolbar/nav markup and the teasers into an aside, so a parser sees a
 * realistic page: the content is there, but so is the noise around it. No visible text is added
 * beyond the transcription; the site's own labels live in attributes (aria-label, alt, placeholder).
 */
final class TranscriptHtmlWriter {

    private static final Pattern SLIDE = Pattern.compile("(\\d+) (.*)");
    private static final String SIZE = "Størrelse: px";
    private static final String START_PAGE = "Begynne med side:";
    private static final String DOWNLOAD = "Download ";
    private static final String TRANSCRIPT = "Transkript";
    private static final String DETAILS = "Detaljer";

    private TranscriptHtmlWriter() {
    }

    static void write(Seed seed, Path out) throws IOException {
        List<String> lines = seed.nonBlank().stream().map(TranscriptHtmlWriter::text).toList();
        String title = lines.get(0);
        expect(lines.get(1), SIZE);
        expect(lines.get(2), START_PAGE);
        if (!lines.get(3).startsWith(DOWNLOAD)) {
            throw new IllegalStateException("004: expected the download button, got " + lines.get(3));
        }
        expect(lines.get(4), TRANSCRIPT);
        String slug = slug(title);

        StringBuilder h = new StringBuilder();
        h.append("""
                <!DOCTYPE html>
                <html lang="nb">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%1$s</title>
                <meta name="description" content="%2$s">
                <meta property="og:type" content="article">
                <meta property="og:title" content="%1$s">
                <meta property="og:image" content="/thumbs/75/74213936.jpg">
                <link rel="canonical" href="/74213936-%3$s.html">
                <link rel="stylesheet" href="/static/css/site.min.css?v=3.14">
                <style>
                  .doc-toolbar{display:flex;gap:1rem;align-items:center;font-size:.85rem;color:#555}
                  .embed-options label{margin-right:.5rem}
                  .slide .num{display:inline-block;min-width:2em;font-weight:bold;color:#888}
                  .related{border-top:1px solid #ddd;margin-top:2rem}
                </style>
                <script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());</script>
                </head>
                <body class="page-document">
                <header class="site-header">
                  <a class="logo" href="/"><img src="/static/img/logo.svg" alt="Dokumentarkivet" width="150" height="32"></a>
                  <form class="site-search" action="/search/" method="get" role="search">
                    <input type="search" name="q" placeholder="Søk i dokumenter" aria-label="Søk i dokumenter">
                    <button type="submit" aria-label="Søk"><svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true"><circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" stroke-width="2"/><path d="M11 11l4 4" stroke="currentColor" stroke-width="2"/></svg></button>
                  </form>
                  <nav class="user-nav" aria-label="Konto"><a href="/upload/" aria-label="Last opp"><svg width="16" height="16" aria-hidden="true"><path d="M8 2v10M3 7l5-5 5 5" stroke="currentColor" fill="none"/></svg></a></nav>
                </header>
                <main class="document" itemscope itemtype="https://schema.org/DigitalDocument">
                <h1 class="document-title" itemprop="name">%1$s</h1>
                <div class="doc-toolbar">
                  <form class="embed-options" aria-label="Bygg inn dokumentet">
                    <div class="embed-row"><label>Størrelse: <input type="text" name="embed-width" size="4" value="">px</label></div>
                    <div class="embed-row"><label>%4$s <input type="number" name="embed-start" min="1" value="1"></label></div>
                  </form>
                  <a class="btn btn-download" href="/download/74213936-%3$s.html" rel="nofollow">%5$s</a>
                </div>
                <nav class="doc-tabs" aria-label="Dokumentvisning"><a class="tab active" href="#transkript">%6$s</a></nav>
                <section class="transcript" id="transkript" itemprop="text">
                """.formatted(esc(title), esc(SLIDE.matcher(lines.get(5)).replaceFirst("$2")), slug, esc(START_PAGE), esc(lines.get(3)), TRANSCRIPT));

        int i = 5;
        for (int expected = 1; i < lines.size(); expected++, i++) {
            Matcher m = SLIDE.matcher(lines.get(i));
            if (!m.matches() || Integer.parseInt(m.group(1)) != expected) {
                break;
            }
            h.append("  <p class=\"slide\" id=\"slide-").append(expected).append("\"><span class=\"num\">")
                    .append(expected).append("</span> ").append(esc(m.group(2))).append("</p>\n");
        }
        h.append("""
                </section>
                </main>
                <aside class="related" aria-label="Lignende dokumenter">
                <ul class="related-list">
                """);
        int docId = 74213937;
        for (; i < lines.size(); i += 3, docId += 7919) {
            String teaser = lines.get(i);
            if (i + 2 >= lines.size() || !lines.get(i + 1).startsWith(teaser) || !lines.get(i + 2).equals(DETAILS)) {
                throw new IllegalStateException("004: expected title/excerpt/Detaljer teaser at " + teaser);
            }
            String href = "/" + docId + "-" + slug(teaser) + ".html";
            h.append("""
                      <li class="related-item">
                        <div class="related-title"><a href="%1$s">%2$s</a></div>
                        <p class="related-excerpt">%3$s</p>
                        <a class="related-more" href="%1$s">%4$s</a>
                      </li>
                    """.formatted(href, esc(teaser), esc(lines.get(i + 1)), DETAILS));
        }
        h.append("""
                </ul>
                </aside>
                </body>
                </html>
                """);
        Files.writeString(out, h.toString(), StandardCharsets.UTF_8);
    }

    private static String text(SeedLine line) {
        if (line instanceof SeedLine.Para p) {
            return p.text();
        }
        // The transcript is a scrape: a leading "- " or '#' would be page text, not markup, but there is none.
        throw new IllegalStateException("004: unexpected line " + line);
    }

    private static void expect(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new IllegalStateException("004: expected \"" + expected + "\", got \"" + actual + "\"");
        }
    }

    /** URL slug the way such sites make them: ASCII, lower case, dashes; æ/ø/å spelled out. */
    static String slug(String title) {
        String s = title.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.length() > 80 ? s.substring(0, 80).replaceAll("-[^-]*$", "") : s;
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
