package no.muni.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * E-mail threads: prefixes of Norwegian and English mail programs stripped from subjects, replies joined by
 * the Message-IDs they answer even when the first message is not in the index, a message without such
 * headers joined by its subject, and a thread named after its first message sent.
 */
class ThreadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void replyAndForwardPrefixesAreStrippedFromTheSubject() {
        for (String subject : List.of("Budsjett 2026", "SV: Budsjett 2026", "Re: SV:  budsjett 2026", "VS: Budsjett 2026",
                "Fwd: Budsjett 2026", "FW: Re[2]: Budsjett 2026", "Videresendt: Budsjett 2026", "sv:Budsjett 2026")) {
            assertEquals("budsjett 2026", Threads.subjectKey(subject), subject);
        }
        assertEquals("svar på høring", Threads.subjectKey("Svar på høring"), "a word starting like a prefix stays");
        assertEquals("", Threads.subjectKey(null));
    }

    @Test
    void threadsFollowTheHeadersAndElseTheSubject() {
        DocumentIndex index = TestIndex.write(dir,
                // two replies to a first message the index does not hold, one answering the other by In-Reply-To only
                mail("a/reply1.eml", "SV: Skolestruktur", "2024-01-10T09:00:00Z", "<r1@x>", List.of("<root@x>"), null),
                mail("a/reply2.eml", "SV: SV: Skolestruktur", "2024-01-11T09:00:00Z", "<r2@x>", List.of(), "<r1@x>"),
                // a forward without headers, and the same subject without prefix: joined by subject
                mail("b/orig.eml", "Brøyting av gang- og sykkelveier", "2024-02-01T08:00:00Z", "<b1@x>", List.of(), null),
                mail("b/forward.eml", "VS: Brøyting av gang- og sykkelveier", "2024-02-02T08:00:00Z", "<b2@x>", List.of(), null),
                // a reply with headers does not join by subject: its thread is the one its headers name
                mail("c/other.eml", "SV: Brøyting av gang- og sykkelveier", "2024-01-01T08:00:00Z", "<c1@x>",
                        List.of("<elsewhere@x>"), null));
        Map<String, String> threads = new TreeMap<>();
        try (IndexView view = index.openView()) {
            for (String id : List.of("a/reply1.eml", "a/reply2.eml", "b/orig.eml", "b/forward.eml", "c/other.eml")) {
                IndexView.EmailThread thread = view.thread(id).orElseThrow();
                threads.put(id, thread.id());
                assertTrue(thread.messages().stream().anyMatch(m -> m.id().equals(id)), id + " is in its own thread");
            }
            assertEquals(List.of("b/orig.eml", "b/forward.eml"),
                    view.thread("b/forward.eml").orElseThrow().messages().stream().map(IndexView.ThreadMessage::id).toList(),
                    "first sent first");
            assertTrue(view.thread("no/such.eml").isEmpty());
        }
        assertEquals(Map.of("a/reply1.eml", "a/reply1.eml", "a/reply2.eml", "a/reply1.eml", "b/orig.eml", "b/orig.eml",
                "b/forward.eml", "b/orig.eml", "c/other.eml", "c/other.eml"), threads);
    }

    private static IndexDocument mail(String id, String subject, String sent, String messageId, List<String> references,
                                      String inReplyTo) {
        ObjectNode extra = JSON.createObjectNode();
        ObjectNode email = extra.putObject("email");
        email.put("subject", subject).put("sent", sent).put("messageId", messageId).put("inReplyTo", inReplyTo);
        email.putObject("from").put("name", "Kari Nordmann").put("address", "kari@x.kommune.no");
        references.forEach(email.putArray("references")::add);
        return TestIndex.doc(id, "other", subject, LocalDate.parse(sent.substring(0, 10)), "Tekst i " + id, List.of(), List.of(),
                extra);
    }
}
