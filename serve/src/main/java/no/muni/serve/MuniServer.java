package no.muni.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;

import no.muni.export.ExportFilter;
import no.muni.export.ExportFormat;
import no.muni.export.ExportHeader;
import no.muni.export.Exporter;
import no.muni.index.Archive;
import no.muni.index.CaseLookup;
import no.muni.index.DocumentIndex;
import no.muni.index.EntityLookup;
import no.muni.index.ExportJson;
import no.muni.index.IndexFields;
import no.muni.index.IndexView;
import no.muni.index.LiveArchive;
import no.muni.index.LiveIndex;
import no.muni.index.QuerySyntaxException;
import no.muni.index.SearchRequest;
import no.muni.index.SortOrder;
import no.muni.model.ExportDocument;

/**
 * The read-only JSON API and the web UI over one index, the embedded one or a SolrCloud collection, served by
 * Javalin (Jetty). Only GET routes exist; every error, from a route, from Javalin or from Jetty itself, is
 * {@code {"error": …}}. Every request reads the latest commit of the index ({@link LiveIndex}; a collection's
 * queries always do), so a finished ingest shows without a restart.
 */
public final class MuniServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MuniServer.class);
    private static final int MAX_LIST = 500;
    private static final int DEFAULT_PAGE_SIZE = 10;
    /** Query parameter → facet dimension for the search filters. */
    private static final Map<String, String> FILTER_PARAMS = filterParams();

    private static final String WEB = "/no/muni/serve/web";

    private final LiveArchive index;
    private final Exporter exporter;
    private final OriginalFiles originals;
    private final Javalin app;

    private MuniServer(LiveArchive index, Exporter exporter, OriginalFiles originals, Javalin app) {
        this.index = index;
        this.originals = originals;
        this.exporter = exporter;
        this.app = app;
    }

    /**
     * Opens the index and starts serving on host:port (port 0 picks a free one). {@code exportHeader}
     * says which run produced the index, for {@code /api/export} (see {@code RunHistory}, which this
     * module does not depend on).
     */
    public static MuniServer start(DocumentIndex index, ExportHeader exportHeader, String host, int port) {
        return start(index, exportHeader, Map.of(), host, port);
    }

    /**
     * As {@link #start(DocumentIndex, ExportHeader, String, int)}, serving original files from the ingested
     * folders {@code roots} (root name → folder; see {@code RunHistory.roots()}).
     */
    public static MuniServer start(DocumentIndex index, ExportHeader exportHeader, Map<String, java.nio.file.Path> roots,
                                   String host, int port) {
        return start(index.openLive(), exportHeader, roots, host, port);
    }

    /**
     * Serves {@code live} (the server closes it) on host:port, with original files from the ingested folders
     * {@code roots} that exist on this machine.
     */
    public static MuniServer start(LiveArchive live, ExportHeader exportHeader, Map<String, java.nio.file.Path> roots,
                                   String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = 16_384;
            // JSON as the export and the command line write it: dates ("2023-09-12" in a case's saksgang) as ISO strings
            config.jsonMapper(new JavalinJackson(ExportJson.mapper(), false));
            // Jetty answers some requests before any route runs (bad URI, URI or headers too long): as JSON too
            config.jetty.modifyServer(jetty -> jetty.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
            });
        });
        MuniServer server = new MuniServer(live, new Exporter(exportHeader), new OriginalFiles(roots), app);
        server.routes();
        try {
            app.start(host, port);
        } catch (RuntimeException e) {
            live.close();
            throw new ServeException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        return server;
    }

    public int port() {
        return app.port();
    }

    private void routes() {
        app.before(ctx -> ctx.header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'"));
        app.before(MuniServer::readOnlyAndWellFormed);
        app.get("/api/search", this::search);
        app.get("/api/documents/<id>", this::document);
        app.get("/original/<id>", this::original);
        app.get("/api/similar", ctx -> {
            String id = required(ctx, "id");
            int limit = limit(ctx, 10);
            found(ctx, index.read(view -> view.moreLikeThis(id, limit)), "no document with id " + id);
        });
        app.get("/api/organisations", ctx -> {
            int limit = limit(ctx, 100);
            ctx.json(lookup(l -> l.organisations(limit)));
        });
        app.get("/api/organisations/{name}", ctx -> found(ctx, lookup(l -> l.organisation(ctx.pathParam("name")))));
        app.get("/api/persons", ctx -> {
            int limit = limit(ctx, 100);
            ctx.json(lookup(l -> l.persons(limit)));
        });
        app.get("/api/persons/{name}", ctx -> found(ctx, lookup(l -> l.person(ctx.pathParam("name")))));
        app.get("/api/measures", ctx -> {
            int limit = limit(ctx, 100);
            ctx.json(lookup(l -> l.measures(ctx.queryParam("q"), limit)));
        });
        app.get("/api/cases", ctx -> {
            String body = ctx.queryParam("body");
            Integer year = year(ctx);
            int limit = limit(ctx, 50);
            ctx.json(index.read(view -> new CaseLookup(view).list(body, year, limit)));
        });
        app.get("/api/cases/<number>", ctx -> found(ctx, index.read(view -> new CaseLookup(view).history(ctx.pathParam("number"))),
                "no document in the index names case " + ctx.pathParam("number")));
        app.get("/api/stats", this::stats);
        app.get("/api/export", ctx -> export(ctx, exportFormat(ctx)));
        app.get("/api/aggregates", ctx -> export(ctx, ExportFormat.AGGREGATES));
        app.get("/dashboard", ctx -> ctx.html(resource("dashboard.html")));
        app.exception(QuerySyntaxException.class, (e, ctx) -> {
            // the web UI is Norwegian: a mistake made in its search form is explained in Norwegian too
            Map<String, String> body = new LinkedHashMap<>();
            body.put("error", e.getMessage());
            if (e.norwegian() != null) {
                body.put("melding", e.norwegian());
            }
            ctx.status(HttpStatus.BAD_REQUEST).json(body);
        });
        app.exception(BadRequest.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> {
            e.getDetails().forEach(ctx::header);
            error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "the server failed on this request: " + e.getMessage());
        });
        app.error(HttpStatus.NOT_FOUND, ctx -> {
            if (ctx.result() == null) {
                error(ctx, HttpStatus.NOT_FOUND, "no such page or route: " + ctx.path());
            }
        });
    }

    /**
     * Refuses, before any route runs, what no route may answer: methods other than GET and HEAD (405, not
     * "not found"), and a query string that is not well-formed percent-encoded UTF-8 (400, rather than a
     * parameter silently dropped or read as something else).
     */
    private static void readOnlyAndWellFormed(Context ctx) {
        String method = ctx.req().getMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            ctx.header("Allow", "GET, HEAD");
            throw new HttpResponseException(HttpStatus.METHOD_NOT_ALLOWED.getCode(),
                    method + " is not allowed: the API is read-only, use GET");
        }
        String problem = PercentEncoding.problem(ctx.queryString());
        if (problem != null) {
            throw new BadRequest(problem);
        }
    }

    private <T> T lookup(java.util.function.Function<EntityLookup, T> ask) {
        return index.read(view -> ask.apply(new EntityLookup(view)));
    }

    private void search(Context ctx) {
        Map<String, List<String>> filters = new LinkedHashMap<>();
        FILTER_PARAMS.forEach((param, dim) -> filters.put(dim, ctx.queryParams(param)));
        SearchRequest request = new SearchRequest(ctx.queryParam("q"), filters, SortOrder.parse(ctx.queryParam("sort")),
                intParam(ctx, "page", 1), intParam(ctx, "size", DEFAULT_PAGE_SIZE), SearchRequest.DEFAULT_TIMEOUT_MILLIS,
                intParam(ctx, "facets", SearchRequest.DEFAULT_FACET_VALUES));
        ctx.json(index.read(view -> view.search(request)));
    }

    /**
     * The stored export document with its work ({@code workId} and every rendition: id, format, source, title,
     * size) and, for an e-mail, its thread ({@code email.threadId} and {@code thread}: every message, first
     * sent first).
     */
    private void document(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        DocumentPage page = index.read(view -> view.json(id).map(ExportJson::read).map(doc -> {
            List<Rendition> renditions = renditions(view, id);
            ExportDocument shown = doc.withWorkId(renditions.isEmpty() ? id : renditions.getFirst().workId());
            Optional<IndexView.EmailThread> thread = view.thread(id).filter(t -> doc.structure().email() != null);
            return new DocumentPage(thread.map(t -> shown.withThreadId(t.id())).orElse(shown), renditions,
                    thread.map(IndexView.EmailThread::messages).orElse(null));
        }).orElse(null));
        if (page == null) {
            error(ctx, HttpStatus.NOT_FOUND, "no document with id " + id);
            return;
        }
        ctx.contentType("application/json").result(ExportJson.mapper().writeValueAsString(page));
    }

    /**
     * A document as its page shows it: the export document's fields, the renditions of its work and, for an
     * e-mail in a thread, the thread's messages (absent otherwise).
     */
    record DocumentPage(@JsonUnwrapped ExportDocument document, List<Rendition> renditions,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<IndexView.ThreadMessage> thread) {
    }

    /**
     * The original file of a document, as a download: only a file under one of the ingested folders
     * ({@link OriginalFiles} checks the path), and only for a file itself, not for a document embedded in one.
     */
    private void original(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        ExportDocument doc = index.read(view -> view.json(id).map(ExportJson::read).orElse(null));
        if (doc == null) {
            error(ctx, HttpStatus.NOT_FOUND, "no document with id " + id);
            return;
        }
        if (doc.parentId() != null) {
            error(ctx, HttpStatus.NOT_FOUND, id + " is embedded in " + doc.parentId() + "; download that file");
            return;
        }
        var file = originals.locate(doc.root(), doc.source());
        if (file.isEmpty()) {
            error(ctx, HttpStatus.NOT_FOUND, "the original of " + id + " is not in an ingested folder on this machine");
            return;
        }
        String name = file.get().getFileName().toString();
        ctx.contentType(doc.format() == null ? "application/octet-stream" : doc.format())
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .result(java.nio.file.Files.newInputStream(file.get()));
    }

    /** One rendition of a work, as the document page lists it: {@code bytes} is the original file's size. */
    record Rendition(@com.fasterxml.jackson.annotation.JsonIgnore String workId, String id, String format, String source,
                     String title, Long bytes) {
    }

    /**
     * The renditions of a document's work, each with the size of its original file where that file is in an
     * ingested folder on this machine (null for an embedded document or a file no longer there).
     */
    private List<Rendition> renditions(Archive view, String id) {
        return view.renditions(id).stream().map(r -> new Rendition(r.workId(), r.id(), r.format(), r.source(), r.title(),
                view.json(r.id()).map(ExportJson::read).filter(d -> d.parentId() == null)
                        .flatMap(d -> originals.locate(d.root(), d.source())).map(MuniServer::size).orElse(null))).toList();
    }

    private static Long size(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException e) {
            return null;
        }
    }

    private void stats(Context ctx) {
        ctx.json(index.read(view -> {
            Map<String, Object> stats = new LinkedHashMap<>();
            stats.put("documents", view.documentCount());
            stats.put("works", view.workCount());
            for (String dim : List.of(IndexFields.DOC_TYPE, IndexFields.FORMAT)) {
                stats.put(dim, view.counts(dim, 100));
            }
            stats.put(IndexFields.YEAR, view.countsByYear());
            return stats;
        }));
    }

    /**
     * Streams the export as {@code muni export} writes it: one document at a time, so neither the server
     * nor the client holds the whole index. The filter is checked first, while a 400 can still be sent.
     */
    private void export(Context ctx, ExportFormat format) throws IOException {
        ExportFilter filter;
        try {
            filter = ExportFilter.parse(ctx.queryParam("since"), ctx.queryParam("type"));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ctx.contentType(format == ExportFormat.NDJSON ? "application/x-ndjson" : "application/json");
        try (var out = ctx.outputStream()) {
            index.read(view -> exporter.export(view, filter, format, out));
        }
    }

    private static ExportFormat exportFormat(Context ctx) {
        String v = ctx.queryParam("format");
        if (v == null || v.isBlank()) {
            return ExportFormat.JSON;
        }
        try {
            return ExportFormat.valueOf(v.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequest("format must be json, ndjson or aggregates, not \"" + v + "\"");
        }
    }

    private static String resource(String name) {
        try (InputStream in = MuniServer.class.getResourceAsStream(WEB + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the classpath", e);
        }
    }

    private static void found(Context ctx, java.util.Optional<?> value) {
        found(ctx, value, "nothing in the index is named that");
    }

    private static void found(Context ctx, java.util.Optional<?> value, String notFound) {
        value.ifPresentOrElse(ctx::json, () -> error(ctx, HttpStatus.NOT_FOUND, notFound));
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", message));
    }

    private static String required(Context ctx, String param) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) {
            throw new BadRequest("the parameter " + param + " is required");
        }
        return v;
    }

    private static int limit(Context ctx, int fallback) {
        int limit = intParam(ctx, "limit", fallback);
        if (limit < 1 || limit > MAX_LIST) {
            throw new BadRequest("limit must be between 1 and " + MAX_LIST);
        }
        return limit;
    }

    private static Integer year(Context ctx) {
        return ctx.queryParam("year") == null || ctx.queryParam("year").isBlank() ? null : intParam(ctx, "year", 0);
    }

    private static int intParam(Context ctx, String name, int fallback) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new BadRequest(name + " must be a whole number, not \"" + v + "\"");
        }
    }

    private static Map<String, String> filterParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("type", IndexFields.DOC_TYPE);
        m.put("year", IndexFields.YEAR);
        m.put("org", IndexFields.ORGANISATION);
        m.put("person", IndexFields.PERSON);
        m.put("place", IndexFields.PLACE);
        m.put("measure", IndexFields.MEASURE);
        m.put("format", IndexFields.FORMAT);
        m.put("from", IndexFields.FROM);
        m.put("to", IndexFields.TO);
        m.put("body", IndexFields.BODY);
        m.put("case", IndexFields.CASE);
        return Map.copyOf(m);
    }

    @Override
    public void close() {
        app.stop();
        index.close();
    }

    /** A request parameter is malformed; the message names it. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
