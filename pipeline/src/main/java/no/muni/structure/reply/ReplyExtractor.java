package no.muni.structure.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Heading;
import no.muni.model.ListItem;
import no.muni.model.Reply;
import no.muni.model.Reply.Answer;
import no.muni.model.Reply.QuestionItem;
import no.muni.structure.TypeExtractor;

/**
 * A reply to a written question: the question's header, the questions asked, the answers aligned
 * by their numbers and the attachment list. The body comes without letterhead lines, so answers
 * that a page footer interrupted read on undisturbed.
 *
 * <p>Layout: header lines ("Til:", "Fra:", "Dato:", "Saksnr:"), the questions, a "Svar" heading,
 * answers opened by "1)", "2)" (or "Svar på spørsmål 1:"), and a closing "Vedlegg" list.
 */
public final class ReplyExtractor implements TypeExtractor {

    private static final Pattern ANSWER_HEADING = Pattern.compile("(?iu)^svar(?:\\s+(?:fra|på|til)\\b.*)?:?$");
    private static final Pattern ATTACHMENTS_HEADING = Pattern.compile("(?iu)^vedlegg\\s*:?\\s*(.*)$");
    private static final Pattern ANSWER_MARKER = Pattern.compile("^(\\d{1,2})[).]$");
    private static final Pattern ANSWER_LABEL = Pattern.compile(
            "(?iu)^(?:svar(?:\\s+på\\s+spørsmål)?|til\\s+spørsmål|spørsmål)\\s*(\\d{1,2})\\s*[:.)]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern QUESTION_LABEL = Pattern.compile("(?iu)^spørsmål\\s*(\\d{1,2})\\s*:\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern HEADER_LINE = Pattern.compile("(?iu)^[\\p{L} ]{2,20}:\\s*\\S*.*$");
    private static final int HEADER_BLOCKS = 10;
    private static final int MAX_ATTACHMENT_LENGTH = 200;

    private final QuestionHeader header = new QuestionHeader();

    @Override
    public void extract(List<Block> body, DocumentStructure.Builder into) {
        String title = into.build().title();
        int answersAt = indexOf(body, ANSWER_HEADING, 0);
        int attachmentsAt = indexOf(body, ATTACHMENTS_HEADING, Math.max(answersAt, 0));
        int answersEnd = attachmentsAt < 0 ? body.size() : attachmentsAt;
        into.reply(new Reply(header.read(title, body.stream().limit(HEADER_BLOCKS).map(Block::text).toList()),
                questions(body, answersAt < 0 ? 0 : answersAt),
                answers(body, answersAt < 0 ? 0 : answersAt + 1, answersEnd),
                attachmentsAt < 0 ? List.of() : attachments(body, attachmentsAt)));
    }

    private static int indexOf(List<Block> body, Pattern heading, int from) {
        for (int i = from; i < body.size(); i++) {
            if (!(body.get(i) instanceof ListItem) && heading.matcher(body.get(i).text().strip()).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The paragraphs before the answers that ask something, numbered where the writer numbered them. */
    private static List<QuestionItem> questions(List<Block> body, int end) {
        List<QuestionItem> questions = new ArrayList<>();
        for (Block block : body.subList(0, end)) {
            String text = block.text().strip();
            Matcher label = QUESTION_LABEL.matcher(text);
            if (label.matches()) {
                questions.add(new QuestionItem(label.group(1), label.group(2).strip()));
            } else if (block instanceof ListItem item && text.contains("?")) {
                questions.add(new QuestionItem(item.marker().replaceAll("\\D", ""), text));
            } else if (text.endsWith("?") && !HEADER_LINE.matcher(text).matches()) {
                questions.add(new QuestionItem(null, text));
            }
        }
        return questions;
    }

    /**
     * Answers open with the next number in sequence; everything up to the following one (paragraphs,
     * sub-lists, lists numbered inside an answer) belongs to the open answer.
     */
    private static List<Answer> answers(List<Block> body, int from, int to) {
        List<Answer> answers = new ArrayList<>();
        String number = null;
        List<String> text = new ArrayList<>();
        for (Block block : body.subList(from, to)) {
            String[] opened = opens(block, answers.size() + (number == null ? 1 : 2));
            if (opened != null) {
                if (number != null) {
                    answers.add(new Answer(number, String.join("\n\n", text)));
                }
                number = opened[0];
                text = new ArrayList<>(List.of(opened[1]));
            } else if (number != null && !(block instanceof Heading) && !block.text().isBlank()) {
                text.add(block.text());
            }
        }
        if (number != null) {
            answers.add(new Answer(number, String.join("\n\n", text)));
        }
        return answers;
    }

    /** {number, first text} when the block opens answer {@code expected}, else null. */
    private static String[] opens(Block block, int expected) {
        if (block instanceof ListItem item) {
            Matcher marker = ANSWER_MARKER.matcher(item.marker());
            if (marker.matches() && Integer.parseInt(marker.group(1)) == expected) {
                return new String[] {marker.group(1), item.text()};
            }
            return null;
        }
        Matcher label = ANSWER_LABEL.matcher(block.text().strip());
        if (label.matches() && Integer.parseInt(label.group(1)) == expected) {
            return new String[] {label.group(1), label.group(2).strip()};
        }
        return null;
    }

    /** "Vedlegg: X" names one attachment; a "Vedlegg" heading is followed by one per line. */
    private static List<String> attachments(List<Block> body, int at) {
        Matcher inline = ATTACHMENTS_HEADING.matcher(body.get(at).text().strip());
        List<String> attachments = new ArrayList<>();
        if (inline.matches() && !inline.group(1).isBlank()) {
            attachments.add(inline.group(1).strip());
        }
        for (Block block : body.subList(at + 1, body.size())) {
            String text = block.text().strip();
            if (block instanceof Heading || text.length() > MAX_ATTACHMENT_LENGTH) {
                break;
            }
            if (!text.isEmpty()) {
                attachments.add(text);
            }
        }
        return attachments;
    }
}
