package no.muni.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What the structure stage extracts from a document's blocks: its type, the fields every document has
 * and one part per kind. The parts of kinds the document is not are their {@code NONE} (never null),
 * {@link #meeting}, {@link #caseInfo} and {@link #email} null; the export writes each part's fields flat, in the order
 * of the contract, so a field that does not apply is null or empty, never missing. {@code measures}
 * are every kind's: the tag stage merges the policy outline's with those of goals and running text.
 * {@code emphasis} is the one field outside the contract: the phrases the body sets in italics, bold or
 * quotes' markup, which {@code text} no longer shows and the tag stage reads as named initiatives.
 */
public record DocumentStructure(
        DocType docType,
        double docTypeConfidence,
        String title,
        LocalDate date,
        String dateText,
        String caseNumber,
        List<String> caseNumbers,
        List<CaseRef> caseRefs,
        String text,
        List<Section> sections,
        Sender sender,
        @JsonUnwrapped Reply reply,
        @JsonUnwrapped Minutes minutes,
        Meeting meeting,
        @JsonProperty("case") CaseInfo caseInfo,
        Email email,
        @JsonUnwrapped Policy policy,
        List<Measure> measures,
        List<String> references,
        @JsonUnwrapped Presentation presentation,
        @JsonIgnore List<String> emphasis) {

    public DocumentStructure {
        caseNumbers = Lists.copy(caseNumbers);
        caseRefs = Lists.copy(caseRefs);
        sections = Lists.copy(sections);
        reply = Objects.requireNonNullElse(reply, Reply.NONE);
        minutes = Objects.requireNonNullElse(minutes, Minutes.NONE);
        policy = Objects.requireNonNullElse(policy, Policy.NONE);
        measures = Lists.copy(measures);
        references = Lists.copy(references);
        presentation = Objects.requireNonNullElse(presentation, Presentation.NONE);
        emphasis = Lists.copy(emphasis);
    }

    /** A document about which nothing but its text and title is known. */
    public static DocumentStructure untyped(String title, String text) {
        return builder().docType(DocType.OTHER).title(title).text(text).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The same structure with the measures the tag stage merged. */
    public DocumentStructure withMeasures(List<Measure> merged) {
        return toBuilder().measures(merged).build();
    }

    public record Section(String number, String heading, int level, String text) {}

    public record Sender(String unit, String organisationNumber, String postalAddress, String visitingAddress,
                        String phone, String email) {}

    /**
     * Builder, because the structure stage fills a document in steps: the common fields, then the
     * extractor of its kind its own part (and may correct the title, date or sections it knows better).
     */
    public static final class Builder {
        private DocType docType = DocType.OTHER;
        private double docTypeConfidence;
        private String title;
        private LocalDate date;
        private String dateText;
        private String caseNumber;
        private List<String> caseNumbers;
        private List<CaseRef> caseRefs;
        private String text = "";
        private List<Section> sections;
        private Sender sender;
        private Reply reply;
        private Minutes minutes;
        private Meeting meeting;
        private CaseInfo caseInfo;
        private Email email;
        private Policy policy;
        private List<Measure> measures;
        private List<String> references;
        private Presentation presentation;
        private List<String> emphasis;

        private Builder() {
        }

        private Builder(DocumentStructure s) {
            docType = s.docType; docTypeConfidence = s.docTypeConfidence; title = s.title; date = s.date;
            dateText = s.dateText; caseNumber = s.caseNumber; caseNumbers = s.caseNumbers; caseRefs = s.caseRefs;
            text = s.text; sections = s.sections; sender = s.sender; reply = s.reply; minutes = s.minutes;
            meeting = s.meeting; caseInfo = s.caseInfo; email = s.email; policy = s.policy; measures = s.measures;
            references = s.references; presentation = s.presentation; emphasis = s.emphasis;
        }

        public Builder docType(DocType v) { docType = v; return this; }
        public Builder docTypeConfidence(double v) { docTypeConfidence = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder date(LocalDate v) { date = v; return this; }
        public Builder dateText(String v) { dateText = v; return this; }
        public Builder caseNumber(String v) { caseNumber = v; return this; }
        public Builder caseNumbers(List<String> v) { caseNumbers = v; return this; }
        public Builder caseRefs(List<CaseRef> v) { caseRefs = v; return this; }
        public Builder text(String v) { text = v; return this; }
        public Builder sections(List<Section> v) { sections = v; return this; }
        public Builder sender(Sender v) { sender = v; return this; }
        public Builder reply(Reply v) { reply = v; return this; }
        public Builder minutes(Minutes v) { minutes = v; return this; }
        public Builder meeting(Meeting v) { meeting = v; return this; }
        public Builder caseInfo(CaseInfo v) { caseInfo = v; return this; }
        public Builder email(Email v) { email = v; return this; }
        public Builder policy(Policy v) { policy = v; return this; }
        public Builder measures(List<Measure> v) { measures = v; return this; }
        public Builder references(List<String> v) { references = v; return this; }
        public Builder presentation(Presentation v) { presentation = v; return this; }
        public Builder emphasis(List<String> v) { emphasis = v; return this; }

        public DocumentStructure build() {
            return new DocumentStructure(docType, docTypeConfidence, title, date, dateText, caseNumber, caseNumbers,
                    caseRefs, text, sections, sender, reply, minutes, meeting, caseInfo, email, policy, measures,
                    references, presentation, emphasis);
        }
    }
}
