package no.muni.parse;

import java.util.HashMap;
import java.util.Map;

import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;

/**
 * Tika's {@link AutoDetectParser} over its {@link DefaultParser} and muni's PDF parser, with the map from media
 * type to parser built once. Tika's composite parsers build that map again at every parse, asking each of some
 * hundred parsers for its types, and for a type of the {@code DefaultParser} twice (the outer composite, then the
 * {@code DefaultParser} it chose): 6% of the parse stage's CPU on the synthetic corpus. The map is built with the
 * parse settings ({@link ParseContext}) every parse of one {@link TikaDocumentParser} uses, on which a parser's
 * types may depend (OCR on or off); the parser for a type is the one the nested composites would have chosen, and
 * {@link LayoutReadingPdfParser} wins for PDF, as it did as the later parser of the two.
 */
final class TypeMappedAutoDetectParser extends AutoDetectParser {

    private static final long serialVersionUID = 1L;

    private final transient Map<MediaType, Parser> byType;

    TypeMappedAutoDetectParser(ParseContext settings) {
        super(new DefaultParser(), new LayoutReadingPdfParser());
        this.byType = Map.copyOf(buildMap(settings));
    }

    private Map<MediaType, Parser> buildMap(ParseContext settings) {
        Map<MediaType, Parser> map = new HashMap<>();
        for (Parser parser : getAllComponentParsers()) {
            Map<MediaType, Parser> leaves = parser instanceof DefaultParser composite ? composite.getParsers(settings) : null;
            if (leaves != null) {
                leaves.forEach((type, leaf) -> map.put(getMediaTypeRegistry().normalize(type), leaf));
            } else {
                for (MediaType type : parser.getSupportedTypes(settings)) {
                    map.put(getMediaTypeRegistry().normalize(type), parser);
                }
            }
        }
        return map;
    }

    @Override
    public Map<MediaType, Parser> getParsers(ParseContext context) {
        return byType;
    }
}
