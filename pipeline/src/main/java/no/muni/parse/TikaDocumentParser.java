package no.muni.parse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;

/**
 * Parses files with Tika's {@link AutoDetectParser} (PDFBox for PDF, POI for Office, …), detecting the
 * format from the bytes, and recursing into embedded documents within {@link ParseLimits}. A PDF's
 * own blocks then come from its layout ({@link PdfLayoutPass}).
 * The time limit is enforced by the caller around the whole document (see
 * {@code no.muni.pipeline.TimeLimit}); this class enforces the size, depth and count limits.
 */
public final class TikaDocumentParser implements DocumentParser {

    /** Built on first use: loading every Tika parser takes seconds, and a run of unchanged files needs none. */
    private volatile AutoDetectParser tika;
    private final ParseLimits limits;

    public TikaDocumentParser(ParseLimits limits) {
        this.limits = limits;
    }

    @Override
    public ParseResult parse(Path file) throws ParseFailure {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ParseFailure("cannot read the file: " + ParseErrors.firstLine(e.getMessage()), e);
        }
        if (size == 0) {
            throw new ParseFailure("empty file");
        }
        if (size > limits.maxFileBytes()) {
            throw new ParseFailure("file is " + megabytes(size) + " MB, larger than the limit of "
                    + megabytes(limits.maxFileBytes()) + " MB");
        }
        return parseNow(file);
    }

    private ParseResult parseNow(Path file) throws ParseFailure {
        BlockCollector collector = new BlockCollector(new BlockHandlerFactory(limits.maxTextChars()),
                limits.maxEmbedded());
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(new DepthLimitedParser(tika(), limits.maxDepth()));
        Metadata metadata = new Metadata();
        // The name is only a hint: Tika trusts the bytes' magic over it, so a mislabelled file is parsed
        // as what it is, while a plain-text file in an old code page is still recognised as text.
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        List<String> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(file)) {
            wrapper.parse(in, collector, metadata, context());
        } catch (OutOfMemoryError e) {
            throw new ParseFailure("too large to parse within the memory limit");
        } catch (StackOverflowError e) {
            throw new ParseFailure("too deeply nested to parse");
        } catch (Exception e) {
            throw new ParseFailure(ParseErrors.reason(e), e);
        }
        if (collector.container() == null) {
            throw new ParseFailure("the parser produced no document");
        }
        // Inside parse(), so that the layout pass counts against the same time limit as Tika's parse.
        ParsedPart container = PdfLayoutPass.apply(file, collector.container(), limits.maxTextChars());
        warnings.addAll(container.warnings());
        return new ParseResult(container, collector.embedded(), warnings);
    }

    /**
     * Old Western text is read as windows-1252 ({@link WindowsCodePageDetector}).
     * Tika's default HTML mapping drops the elements it deems layout (div, section, nav, form, label),
     * which merges a web page's separate widgets and texts into one run of text; keeping every
     * element lets the block builder see where each starts and ends.
     */
    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EncodingDetector.class, new WindowsCodePageDetector());
        return context;
    }

    private AutoDetectParser tika() {
        AutoDetectParser parser = tika;
        if (parser == null) {
            synchronized (this) {
                if (tika == null) {
                    tika = new AutoDetectParser();
                }
                parser = tika;
            }
        }
        return parser;
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
