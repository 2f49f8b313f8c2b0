package no.muni.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

import no.muni.model.Email;

/**
 * Groups the e-mails of an index into threads. A message that names the messages it answers (In-Reply-To,
 * References) joins their thread, even when those messages are not in the index themselves; a message
 * that names none joins the messages with the same subject once reply and forward prefixes are stripped
 * ({@link #subjectKey}). Threads are the connected groups of these links; a thread's id is the id of its
 * first message (earliest sent, then smallest id). Ids are doc-values updates made at the end of each
 * {@code muni ingest}, so no document is re-indexed when a thread grows.
 */
public final class Threads {

    /**
     * Reply and forward prefixes as Norwegian and English mail programs write them, repeated or numbered
     * ("SV: SV:", "Re[2]:", "VS:", "Fwd:", "Videresendt:", "Vidaresendt:").
     */
    private static final Pattern PREFIXES = Pattern.compile(
            "^(?:\\s*(?:re|sv|vs|fw|fwd|videresendt|vidaresendt)\\s*(?:\\[\\d+]|\\(\\d+\\))?\\s*:)+\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * An e-mail as threading sees it: its id, Message-ID ("" when it has none), the Message-IDs it answers, its
     * {@link #subjectKey}, when it was sent (epoch ms, {@code Long.MAX_VALUE} when unknown) and its current thread.
     */
    public record Message(String id, String messageId, List<String> answers, String subject, long sent, String thread) {
    }

    /** A message's new thread. */
    public record Assignment(String id, String threadId) {
    }

    private Threads() {
    }

    /** The subject two messages of one thread share: without reply and forward prefixes, lower case, spaces collapsed. */
    public static String subjectKey(String subject) {
        if (subject == null) {
            return "";
        }
        return PREFIXES.matcher(subject.strip()).replaceFirst("").replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** The doc values threads are grouped from, and the message's own thread until {@link #group} says otherwise. */
    static void index(Document doc, String id, Email email) {
        doc.add(new BinaryDocValuesField(IndexFields.THREAD_ID, new BytesRef(id)));
        doc.add(new SortedDocValuesField(IndexFields.MESSAGE_ID, new BytesRef(email.messageId() == null ? "" : email.messageId())));
        doc.add(new SortedDocValuesField(IndexFields.THREAD_SUBJECT, new BytesRef(subjectKey(email.subject()))));
        email.answers().forEach(a -> doc.add(new SortedSetDocValuesField(IndexFields.ANSWERS, new BytesRef(a))));
        doc.add(new NumericDocValuesField(IndexFields.SENT, email.sent() == null ? Long.MAX_VALUE : email.sent().toEpochMilli()));
    }

    /** Recomputes every message's thread; returns how many messages changed thread. */
    static int group(IndexWriter writer) {
        List<Assignment> changes = regroup(read(writer));
        try {
            for (Assignment a : changes) {
                writer.updateBinaryDocValue(new Term(IndexFields.ID, a.id()), IndexFields.THREAD_ID, new BytesRef(a.threadId()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the e-mail threads in the index", e);
        }
        return changes.size();
    }

    /** Groups the messages into threads; returns the messages whose thread changed. */
    public static List<Assignment> regroup(List<Message> messages) {
        Map<String, Integer> nodes = new HashMap<>(); // Message-IDs and subjects: nodes after the messages
        List<Integer> parent = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            parent.add(i);
        }
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (!m.messageId().isEmpty()) {
                union(parent, i, node(nodes, parent, "id " + m.messageId()));
            }
            for (String answered : m.answers()) {
                union(parent, i, node(nodes, parent, "id " + answered));
            }
            if (m.answers().isEmpty() && !m.subject().isEmpty()) {
                union(parent, i, node(nodes, parent, "subject " + m.subject()));
            }
        }
        Map<Integer, Integer> first = new HashMap<>();
        for (int i = 0; i < messages.size(); i++) {
            first.merge(find(parent, i), i, (a, b) -> earlier(messages.get(a), messages.get(b)) ? a : b);
        }
        List<Assignment> changed = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            String thread = messages.get(first.get(find(parent, i))).id();
            if (!thread.equals(m.thread())) {
                changed.add(new Assignment(m.id(), thread));
            }
        }
        return changed;
    }

    private static boolean earlier(Message a, Message b) {
        return a.sent() != b.sent() ? a.sent() < b.sent() : a.id().compareTo(b.id()) < 0;
    }

    private static int node(Map<String, Integer> nodes, List<Integer> parent, String key) {
        return nodes.computeIfAbsent(key, k -> {
            parent.add(parent.size());
            return parent.size() - 1;
        });
    }

    private static void union(List<Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            // the smaller index wins, so that a message, not a Message-ID, is the root where one is
            parent.set(Math.max(ra, rb), Math.min(ra, rb));
        }
    }

    private static int find(List<Integer> parent, int i) {
        while (parent.get(i) != i) {
            parent.set(i, parent.get(parent.get(i)));
            i = parent.get(i);
        }
        return i;
    }

    /** Every live e-mail's thread keys and current thread, from doc values (uncommitted changes included). */
    private static List<Message> read(IndexWriter writer) {
        List<Message> messages = new ArrayList<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                BinaryDocValues threads = leaf.reader().getBinaryDocValues(IndexFields.THREAD_ID);
                if (threads == null) {
                    continue;
                }
                SortedDocValues ids = leaf.reader().getSortedDocValues(IndexFields.ID);
                SortedDocValues messageIds = leaf.reader().getSortedDocValues(IndexFields.MESSAGE_ID);
                SortedDocValues subjects = leaf.reader().getSortedDocValues(IndexFields.THREAD_SUBJECT);
                SortedSetDocValues answers = leaf.reader().getSortedSetDocValues(IndexFields.ANSWERS);
                NumericDocValues sent = leaf.reader().getNumericDocValues(IndexFields.SENT);
                var live = leaf.reader().getLiveDocs();
                for (int doc = threads.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = threads.nextDoc()) {
                    if (live != null && !live.get(doc) || !ids.advanceExact(doc)) {
                        continue;
                    }
                    List<String> answered = new ArrayList<>();
                    if (answers != null && answers.advanceExact(doc)) {
                        for (int i = 0; i < answers.docValueCount(); i++) {
                            answered.add(answers.lookupOrd(answers.nextOrd()).utf8ToString());
                        }
                    }
                    messages.add(new Message(ids.lookupOrd(ids.ordValue()).utf8ToString(), value(messageIds, doc),
                            answered, value(subjects, doc),
                            sent != null && sent.advanceExact(doc) ? sent.longValue() : Long.MAX_VALUE,
                            threads.binaryValue().utf8ToString()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index to group e-mail threads", e);
        }
        return messages;
    }

    private static String value(SortedDocValues values, int doc) throws IOException {
        return values != null && values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
}
