package no.muni.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import no.muni.index.IndexDocument;
import no.muni.model.Amount;
import no.muni.model.DocumentStructure;
import no.muni.model.Entities;
import no.muni.model.ExportDocument;
import no.muni.parse.DocumentParser;
import no.muni.parse.ParseFailure;
import no.muni.parse.ParseResult;
import no.muni.parse.ParsedPart;
import no.muni.structure.StructureExtractor;
import no.muni.tag.EntityTagger;
import no.muni.tag.measure.AmountParser;
import no.muni.tag.measure.DocumentMeasures;
import no.muni.tag.measure.MeasureExtractor;
import no.muni.text.Cancellation;

/**
 * Runs one source file through parse → structure → tag and assembles what the index stores: the
 * file's own document followed by one document per embedded document that has text. Thread-safe.
 */
public final class DocumentProcessor implements AutoCloseable {

    /** Makes a run's processor, which reports its stage times into the run's {@link StageTimes}. */
    @FunctionalInterface
    public interface Factory {
        DocumentProcessor create(StageTimes times);
    }

    private final DocumentParser parser;
    private final StructureExtractor structurer;
    private final EntityTagger tagger;
    private final StageTimes times;
    private final TimeLimit timeLimit;
    private final String version;

    /**
     * @param timeLimit for one file, parse, structure and tagging of its embedded documents included
     * @param version recorded in every document this processor makes; a run re-processes documents
     *                recorded with another version. The commands pass {@link PipelineVersion#CURRENT}.
     */
    public DocumentProcessor(DocumentParser parser, StructureExtractor structurer, EntityTagger tagger,
                             StageTimes times, Duration timeLimit, String version) {
        this.timeLimit = new TimeLimit(timeLimit);
        this.parser = parser;
        this.structurer = structurer;
        this.tagger = tagger;
        this.times = times;
        this.version = version;
    }

    /** The pipeline version this processor records in its documents. */
    public String version() {
        return version;
    }

    /** Where a file comes from, as the ids and the export name it. */
    public record Origin(String id, String root, String source, String sha256) {
    }

    /** The documents of one file, the non-fatal problems met on the way, and the pages read by OCR. */
    public record Processed(List<IndexDocument> documents, List<String> warnings, int ocrPages) {
    }

    /**
     * A parser in this JVM runs with structure and tag on a document thread given up on at the limit. A
     * parser that stops itself at the limit (in a child process) runs on the caller's thread, so starting
     * its process is not charged to the file and no thread is left waiting on a killed process; structure
     * and tag then get what the parse left of the limit.
     */
    public Processed process(Path file, Origin origin) throws ParseFailure {
        if (!parser.stopsAtTimeLimit()) {
            return timeLimit.run(() -> assemble(parse(file), origin), timeLimit.limit());
        }
        long t0 = System.nanoTime();
        ParseResult parsed = parse(file);
        Duration parsing = Duration.ofNanos(System.nanoTime() - t0).minus(parser.startupOfLastParse());
        return timeLimit.run(() -> assemble(parsed, origin), timeLimit.limit().minus(parsing));
    }

    /**
     * The time this thread's last {@link #process} spent starting a parser worker before parsing (zero when
     * parsing in process): a file's time in the run report leaves it out, as its time limit does.
     */
    public Duration parserStartupOfLastFile() {
        return parser.startupOfLastParse();
    }

    /** Files given up on at the time limit so far. */
    public int abandoned() {
        return timeLimit.abandoned();
    }

    /** Files being processed now, including any given up on at the time limit that have not stopped yet. */
    public int running() {
        return timeLimit.running();
    }

    private ParseResult parse(Path file) throws ParseFailure {
        long t0 = System.nanoTime();
        ParseResult parsed = parser.parse(file);
        times.add(Stage.PARSE, System.nanoTime() - t0);
        return parsed;
    }

    private Processed assemble(ParseResult parsed, Origin origin) throws ParseFailure {
        List<String> warnings = new ArrayList<>(parsed.warnings());
        List<IndexDocument> docs = new ArrayList<>();
        IndexDocument container = toDocument(parsed.container(), origin, origin.id(), null, origin.source());
        List<IndexDocument> children = new ArrayList<>();
        for (ParsedPart part : parsed.embedded()) {
            Cancellation.check();
            String childId = origin.id() + "!" + part.embeddedPath();
            IndexDocument child = toDocument(part, origin, childId, origin.id(), origin.source() + "!" + part.embeddedPath());
            if (child.text().isBlank()) {
                // images, fonts and other parts without text are not documents for an analyst
                part.warnings().forEach(w -> warnings.add(part.embeddedPath() + ": " + w));
                continue;
            }
            children.add(child);
        }
        if (container.text().isBlank() && children.isEmpty()) {
            throw new ParseFailure("no text could be extracted (" + parsed.container().content().mediaType() + ")");
        }
        docs.add(container);
        docs.addAll(children);
        int ocrPages = parsed.container().ocrPages() + parsed.embedded().stream().mapToInt(ParsedPart::ocrPages).sum();
        return new Processed(docs, warnings, ocrPages);
    }

    private IndexDocument toDocument(ParsedPart part, Origin origin, String id, String parentId, String source) {
        long t0 = System.nanoTime();
        DocumentStructure structure = structurer.extract(part.content());
        long t1 = System.nanoTime();
        times.add(Stage.STRUCTURE, t1 - t0);
        List<MeasureExtractor.Found> textMeasures = DocumentMeasures.inText(structure);
        Entities entities = tagger.tag(structure, textMeasures);
        structure = structure.withMeasures(DocumentMeasures.merge(structure, textMeasures, entities));
        List<Amount> amounts = AmountParser.find(structure.text()).stream().map(AmountParser.Found::amount).toList();
        times.add(Stage.TAG, System.nanoTime() - t1);

        String format = part.content().mediaType();
        return new IndexDocument(new ExportDocument(id, id, parentId, source, origin.root(), origin.sha256(), format,
                LanguageGuess.of(structure.text()), version, structure, entities.organisations(),
                entities.persons(), entities.places(), amounts, part.warnings(), part.ocrPages() > 0, part.ocrPages()));
    }

    /** Stops the document threads, including any still stuck past the time limit, and the parser's processes. */
    @Override
    public void close() {
        timeLimit.close();
        parser.close();
    }
}
