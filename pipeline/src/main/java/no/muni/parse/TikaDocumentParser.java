package no.muni.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.RecursiveParserWrapper;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Parses files with Tika's {@link AutoDetectParser} (PDFBox for PDF, POI for Office, …), detecting the
 * format from the bytes, and recursing into embedded documents within {@link ParseLimits}. A PDF's
 * own blocks come from its layout, read from the document Tika's PDF parser loads, in one pass over its pages
 * ({@link PdfLayoutPass}, {@link LayoutReadingPdfParser}), in archives and mails too. Scanned PDFs and images are read by
 * Tesseract where {@link OcrOptions} say.
 * The time limit is enforced by the caller around the whole document (see
 * {@code no.muni.pipeline.TimeLimit}); this class enforces the size, depth and count limits.
 */
public final class TikaDocumentParser implements DocumentParser {

    /** Built on first use: loading every Tika parser takes seconds, and a run of unchanged files needs none. */
    private volatile AutoDetectParser tika;
    private final ParseLimits limits;
    private final OcrOptions ocr;

    /** A parser that runs OCR where {@link OcrOptions#defaults()} say. */
    public TikaDocumentParser(ParseLimits limits) {
        this(limits, OcrOptions.defaults());
    }

    public TikaDocumentParser(ParseLimits limits, OcrOptions ocr) {
        this.limits = limits;
        this.ocr = ocr;
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
        PdfLayoutPass pdfLayouts = new PdfLayoutPass(limits.maxTextChars());
        BlockCollector collector = new BlockCollector(new BlockHandlerFactory(limits.maxTextChars()),
                limits.maxEmbedded(), pdfLayouts);
        RecursiveParserWrapper wrapper = new RecursiveParserWrapper(new DepthLimitedParser(tika(), limits.maxDepth()));
        Metadata metadata = new Metadata();
        // The name is only a hint: Tika trusts the bytes' magic over it, so a mislabelled file is parsed
        // as what it is, while a plain-text file in an old code page is still recognised as text.
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        List<String> warnings = new ArrayList<>();
        try (InputStream in = TikaInputStream.get(file)) {
            ParseContext context = context();
            context.set(PdfLayoutPass.class, pdfLayouts);
            wrapper.parse(in, collector, metadata, context);
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
        warnings.addAll(collector.container().warnings());
        ParseResult result = new ParseResult(collector.container(), collector.embedded(), warnings);
        failIfOnlyOcrCouldRead(result);
        return result;
    }

    /** A scan without a text layer that OCR did not read fails with what to do about it. */
    private void failIfOnlyOcrCouldRead(ParseResult result) throws ParseFailure {
        String type = result.container().content().mediaType();
        boolean scannable = type.startsWith("image/") || PdfLayoutPass.PDF.equals(type);
        boolean noText = Stream.concat(Stream.of(result.container()), result.embedded().stream())
                .allMatch(p -> p.content().blocks().stream().allMatch(b -> b.text().isBlank()));
        if (!scannable || !noText) {
            return;
        }
        String what = type.startsWith("image/") ? "image (" + type + ")" : "PDF without a text layer (a scan?)";
        if (ocr.mode() == OcrOptions.Mode.OFF) {
            throw ParseFailure.ofSetup("needs OCR: " + what + ", and OCR is off (--ocr off)");
        }
        Optional<String> missing = Tesseract.missing(ocr.languages());
        if (missing.isPresent()) {
            throw ParseFailure.ofSetup("needs OCR: " + what + ", but " + missing.get() + " (" + Tesseract.INSTALL_HINT
                    + ")");
        }
        throw new ParseFailure("no text found in the " + what + ", not even by OCR");
    }

    /**
     * Old Western text is read as windows-1252 ({@link WindowsCodePageDetector}).
     * Tika's default HTML mapping drops the elements it deems layout (div, section, nav, form, label),
     * which merges a web page's separate widgets and texts into one run of text; keeping every
     * element lets the block builder see where each starts and ends.
     */
    private ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EncodingDetector.class, new WindowsCodePageDetector());
        context.set(TesseractOCRConfig.class, tesseractConfig());
        context.set(PDFParserConfig.class, pdfConfig());
        return context;
    }

    private TesseractOCRConfig tesseractConfig() {
        TesseractOCRConfig config = new TesseractOCRConfig();
        config.setLanguage(ocr.languages());
        config.setTimeoutSeconds((int) Math.max(1, ocr.pageTimeout().toSeconds()));
        config.setSkipOcr(ocr.mode() == OcrOptions.Mode.OFF);
        return config;
    }

    /** AUTO: Tika OCRs a page only when it holds (almost) no text; ALWAYS: every page, its text layer set aside. */
    private PDFParserConfig pdfConfig() {
        PDFParserConfig config = new PDFParserConfig();
        config.setOcrStrategy(switch (ocr.mode()) {
            case AUTO -> PDFParserConfig.OCR_STRATEGY.AUTO;
            case OFF -> PDFParserConfig.OCR_STRATEGY.NO_OCR;
            case ALWAYS -> PDFParserConfig.OCR_STRATEGY.OCR_ONLY;
        });
        return config;
    }

    /**
     * Loads Tika's parsers and runs a line of text through detection, parsing and the block builder,
     * so that what every parse needs is loaded before the first file's time limit starts.
     */
    public void load() {
        try (InputStream in = new ByteArrayInputStream("Varmeløp før første fil.\n".getBytes(StandardCharsets.UTF_8))) {
            tika().parse(in, new XhtmlBlockBuilder(), new Metadata(), context());
        } catch (IOException | SAXException | TikaException e) {
            throw new IllegalStateException("Tika's parsers do not work here: " + e.getMessage(), e);
        }
    }

    private AutoDetectParser tika() {
        AutoDetectParser parser = tika;
        if (parser == null) {
            synchronized (this) {
                if (tika == null) {
                    // later parsers win for the types they share: PDFs go to the layout-reading one
                    tika = new TypeMappedAutoDetectParser(context());
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
