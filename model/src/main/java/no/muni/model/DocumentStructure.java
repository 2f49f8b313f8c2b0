package no.muni.model;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the structure stage extracts from a document's blocks: its type, common metadata and the
 * typed fields of that type. Field names are the export contract's; a field that does not apply
 * to the document's type is null (objects) or empty (lists), never missing. {@code emphasis} is the
 * one field outside the contract: the phrases the body sets in italics, bold or quotes' markup, which
 * {@code text} no longer shows and the tag stage reads as named initiatives.
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
        // reply
        Question question,
        List<QuestionItem> questions,
        List<Answer> answers,
        List<String> attachments,
        // minutes
        String organiser,
        List<Participant> participants,
        Integer participantCount,
        List<AgendaItem> agenda,
        Signature signedBy,
        // minutes, notices and case protocols
        Meeting meeting,
        // case documents
        @JsonProperty("case") CaseInfo caseInfo,
        // e-mail
        Email email,
        // group summaries and policy
        List<String> policyAreas,
        List<Goal> goals,
        Decision decision,
        List<Principle> principles,
        List<Measure> measures,
        List<String> references,
        // presentation
        List<Slide> slides,
        Committee committee,
        List<Fact> facts,
        @JsonIgnore List<String> emphasis) {

    public DocumentStructure {
        caseNumbers = copy(caseNumbers);
        caseRefs = copy(caseRefs);
        sections = copy(sections);
        questions = copy(questions);
        answers = copy(answers);
        attachments = copy(attachments);
        participants = copy(participants);
        agenda = copy(agenda);
        policyAreas = copy(policyAreas);
        goals = copy(goals);
        principles = copy(principles);
        measures = copy(measures);
        references = copy(references);
        slides = copy(slides);
        facts = copy(facts);
        emphasis = copy(emphasis);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
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

    public record Section(String number, String heading, int level, String text) {}

    public record Sender(String unit, String organisationNumber, String postalAddress, String visitingAddress,
                        String phone, String email) {}

    public record Question(Integer number, Integer year, Integer followUpOf, PersonRef askedBy, String addressedTo) {}

    public record PersonRef(String name, String party) {}

    public record QuestionItem(String number, String text) {}

    public record Answer(String number, String text) {}

    /** {@code kind} is an organisation or a person; {@code group} names the delegation a person came with. */
    public record Participant(String name, EntityKind kind, String group) {}

    public record AgendaItem(String number, String text, List<Topic> topics) {}

    public record Topic(String label, String title, List<String> points) {}

    public record Signature(String initials, String role) {}

    public record Goal(String area, String goal, List<String> strategies) {}

    public record Decision(String body, LocalDate date) {}

    public record Principle(String section, String text) {}

    public record Slide(int number, String title, String text) {}

    public record Committee(String name, List<CommitteeMember> members) {}

    public record CommitteeMember(String name, String role, String party) {}

    public record Fact(String text, long value) {}

    /** Builder, because most extractors fill only a handful of the fields. */
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
        private Question question;
        private List<QuestionItem> questions;
        private List<Answer> answers;
        private List<String> attachments;
        private String organiser;
        private List<Participant> participants;
        private Integer participantCount;
        private List<AgendaItem> agenda;
        private Signature signedBy;
        private Meeting meeting;
        private CaseInfo caseInfo;
        private Email email;
        private List<String> policyAreas;
        private List<Goal> goals;
        private Decision decision;
        private List<Principle> principles;
        private List<Measure> measures;
        private List<String> references;
        private List<Slide> slides;
        private Committee committee;
        private List<Fact> facts;
        private List<String> emphasis;

        private Builder() {
        }

        private Builder(DocumentStructure s) {
            docType = s.docType; docTypeConfidence = s.docTypeConfidence; title = s.title; date = s.date;
            dateText = s.dateText; caseNumber = s.caseNumber; caseNumbers = s.caseNumbers; caseRefs = s.caseRefs; text = s.text; sections = s.sections;
            sender = s.sender; question = s.question; questions = s.questions; answers = s.answers;
            attachments = s.attachments; organiser = s.organiser; participants = s.participants;
            participantCount = s.participantCount; agenda = s.agenda; signedBy = s.signedBy;
            meeting = s.meeting; caseInfo = s.caseInfo; email = s.email;
            policyAreas = s.policyAreas; goals = s.goals; decision = s.decision; principles = s.principles;
            measures = s.measures; references = s.references; slides = s.slides; committee = s.committee;
            facts = s.facts; emphasis = s.emphasis;
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
        public Builder question(Question v) { question = v; return this; }
        public Builder questions(List<QuestionItem> v) { questions = v; return this; }
        public Builder answers(List<Answer> v) { answers = v; return this; }
        public Builder attachments(List<String> v) { attachments = v; return this; }
        public Builder organiser(String v) { organiser = v; return this; }
        public Builder participants(List<Participant> v) { participants = v; return this; }
        public Builder participantCount(Integer v) { participantCount = v; return this; }
        public Builder agenda(List<AgendaItem> v) { agenda = v; return this; }
        public Builder signedBy(Signature v) { signedBy = v; return this; }
        public Builder meeting(Meeting v) { meeting = v; return this; }
        public Builder caseInfo(CaseInfo v) { caseInfo = v; return this; }
        public Builder email(Email v) { email = v; return this; }
        public Builder policyAreas(List<String> v) { policyAreas = v; return this; }
        public Builder goals(List<Goal> v) { goals = v; return this; }
        public Builder decision(Decision v) { decision = v; return this; }
        public Builder principles(List<Principle> v) { principles = v; return this; }
        public Builder measures(List<Measure> v) { measures = v; return this; }
        public Builder references(List<String> v) { references = v; return this; }
        public Builder slides(List<Slide> v) { slides = v; return this; }
        public Builder committee(Committee v) { committee = v; return this; }
        public Builder facts(List<Fact> v) { facts = v; return this; }
        public Builder emphasis(List<String> v) { emphasis = v; return this; }

        public DocumentStructure build() {
            return new DocumentStructure(docType, docTypeConfidence, title, date, dateText, caseNumber, caseNumbers,
                    caseRefs, text, sections, sender, question, questions, answers, attachments, organiser,
                    participants, participantCount, agenda, signedBy, meeting, caseInfo, email, policyAreas, goals, decision, principles, measures,
                    references, slides, committee, facts, emphasis);
        }
    }
}
