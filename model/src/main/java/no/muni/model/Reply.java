package no.muni.model;

import java.util.List;

/**
 * The reply part of an answer to a written question (svar på skriftlig spørsmål, interpellasjon): the
 * question's header, the questions asked, the answers aligned by their numbers and the attachments
 * (vedlegg) listed. {@link #NONE} for every other kind.
 */
public record Reply(Question question, List<QuestionItem> questions, List<Answer> answers, List<String> attachments) {

    public static final Reply NONE = new Reply(null, List.of(), List.of(), List.of());

    public Reply {
        questions = Lists.copy(questions);
        answers = Lists.copy(answers);
        attachments = Lists.copy(attachments);
    }

    public record Question(Integer number, Integer year, Integer followUpOf, PersonRef askedBy, String addressedTo) {}

    public record PersonRef(String name, String party) {}

    public record QuestionItem(String number, String text) {}

    public record Answer(String number, String text) {}
}
