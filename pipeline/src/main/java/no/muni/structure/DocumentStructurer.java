package no.muni.structure;

import java.util.List;
import java.util.Map;

import no.muni.model.Block;
import no.muni.model.DocType;
import no.muni.model.DocumentStructure;
import no.muni.model.ParsedContent;
import no.muni.structure.cases.CaseExtractor;
import no.muni.structure.furniture.CleanBody;
import no.muni.structure.furniture.PageFurniture;
import no.muni.structure.furniture.ScrapedJunk;
import no.muni.structure.meeting.MeetingExtractor;
import no.muni.structure.minutes.MinutesExtractor;
import no.muni.structure.policy.PolicyExtractor;
import no.muni.structure.presentation.PresentationExtractor;
import no.muni.structure.reply.ReplyExtractor;
import no.muni.text.Cancellation;

/**
 * The structure stage: cuts scraped junk (a page-level wrapper, so first), strips page furniture, fills the fields every document
 * has (an e-mail's from its envelope), classifies the document and hands the clean body to the extractor registered for its type.
 */
public final class DocumentStructurer implements StructureExtractor {

    private static final TypeExtractor NOTHING_TYPED = (body, into) -> { };

    private final PageFurniture furniture = new PageFurniture();
    private final ScrapedJunk junk = new ScrapedJunk();
    private final CommonFields commonFields = new CommonFields();
    private final DocTypeClassifier classifier = new DocTypeClassifier();
    private final Map<DocType, TypeExtractor> extractors;

    /** @param extractors the typed extractor of each {@link DocType}; types without one get only common fields */
    public DocumentStructurer(Map<DocType, TypeExtractor> extractors) {
        this.extractors = Map.copyOf(extractors);
    }

    /** Every type extractor muni has. Register a new one here. */
    public static DocumentStructurer standard() {
        MeetingExtractor meeting = MeetingExtractor.ofMeetings();
        return new DocumentStructurer(Map.of(
                DocType.REPLY, new ReplyExtractor(),
                DocType.MINUTES, new MinutesExtractor().andThen(meeting),
                DocType.NOTICE, meeting,
                DocType.CASE, new CaseExtractor().andThen(MeetingExtractor.ofProtocols()),
                DocType.POLICY, new PolicyExtractor(),
                DocType.PRESENTATION, new PresentationExtractor()));
    }

    @Override
    public DocumentStructure extract(ParsedContent content) {
        CleanBody clean = furniture.strip(junk.cut(Cancellation.checked(content.blocks())));
        List<Block> body = Cancellation.checked(clean.blocks());
        DocumentStructure.Builder builder = DocumentStructure.builder().sender(clean.sender());
        String title = commonFields.fill(body, content.metadataTitle(), builder);
        if (content.email() != null) {
            title = MailFields.fill(content.email(), title, builder);
        }
        DocTypeClassifier.Classification type = classifier.classify(body, title);
        builder.docType(type.docType()).docTypeConfidence(type.confidence());
        extractors.getOrDefault(type.docType(), NOTHING_TYPED).extract(body, builder);
        return builder.build();
    }
}
