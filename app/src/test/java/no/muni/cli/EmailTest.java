package no.muni.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.muni.index.DocumentIndex;
import no.muni.ingest.RunHistory;
import no.muni.serve.MuniServer;

/**
 * E-mail as a first-class format, through the command line and the HTTP API: subject as title, the day
 * sent as date, sender and recipients in the export and searchable, the body as text (windows-1252
 * quoted-printable decoded), attachments as child documents, threads by References/In-Reply-To and, for
 * a forward without them, by subject. Outlook .msg files come from ../shared/testdocs (real files from
 * Tika's test suite; skipped with the reason where absent).
 */
class EmailTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUBJECT = "Innspill til budsjett 2026: lokaler for frivilligsentralen på Øvre Sand";

    static Map<String, JsonNode> docs = new HashMap<>();
    static MuniServer server;

    @BeforeAll
    static void exportAndServe(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("export.json");
        CliRun export = CliRun.of("export", "--index", MailIndex.dir().toString(), "--out", out.toString());
        assertEquals(0, export.exitCode(), export.err());
        JsonNode json = JSON.readTree(Files.readString(out));
        assertEquals(List.of(), ExportCommandTest.SCHEMAS.export(json));
        json.path("documents").forEach(d -> docs.put(d.path("id").asText().replaceFirst("^mail/", ""), d));
        DocumentIndex index = DocumentIndex.at(MailIndex.dir());
        server = MuniServer.start(index, RunHistory.of(index).exportHeader(), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void theEnvelopeGivesTitleDateSenderAndRecipients() {
        JsonNode reply = docs.get("02-svar.eml");
        // the subject is RFC 2047 encoded words in ISO-8859-1, over two lines
        assertEquals("SV: " + SUBJECT, reply.path("title").asText());
        assertEquals("2025-02-05", reply.path("date").asText());
        JsonNode email = reply.path("email");
        assertEquals("SV: " + SUBJECT, email.path("subject").asText());
        assertEquals("per.hansen@eikvik.kommune.no", email.path("from").path("address").asText());
        assertEquals("Per Hansen", email.path("from").path("name").asText());
        assertEquals(List.of("kari.nordmann@eikvik.kommune.no"), addresses(email.path("to")));
        assertEquals(List.of("ola.berg@eikvik.kommune.no", "solveig.saether@eikvik.kommune.no"), addresses(email.path("cc")));
        assertEquals("Solveig Sæther", email.path("cc").get(1).path("name").asText());
        assertEquals("2025-02-05T13:02:11Z", email.path("sent").asText());
        assertEquals("<b7e9d410-0002@eikvik.kommune.no>", email.path("messageId").asText());
        assertEquals("<a1f3c2e0-0001@eikvik.kommune.no>", email.path("inReplyTo").asText());
        // 23:40 UTC on 5 February is past midnight in Norway: the document is dated the 6th
        JsonNode late = docs.get("03-svar-pa-svar.eml");
        assertEquals("2025-02-05T23:40:00Z", late.path("email").path("sent").asText());
        assertEquals("2025-02-06", late.path("date").asText());
        assertEquals(List.of("<a1f3c2e0-0001@eikvik.kommune.no>", "<b7e9d410-0002@eikvik.kommune.no>"),
                texts(late.path("email").path("references")));
    }

    @Test
    void theBodyIsTheTextAndAttachmentsAreChildDocuments() {
        // windows-1252 quoted-printable: æøå decoded, no =E5 left
        String text = docs.get("02-svar.eml").path("text").asText();
        assertTrue(text.contains("Rådmannen tar behovet for lokaler"), text);
        assertTrue(text.contains("økonomisjef"), text);
        assertFalse(text.contains("=E5") || text.contains("From:") || text.contains(SUBJECT), text);
        JsonNode first = docs.get("01-innspill.eml");
        assertTrue(first.path("text").asText().startsWith("Hei,"), first.path("text").asText());
        JsonNode attachment = docs.get("01-innspill.eml!/notat-lokaler.txt");
        assertTrue(attachment != null, "the attachment is a document of its own: " + docs.keySet());
        assertEquals(first.path("id").asText(), attachment.path("parentId").asText());
        assertTrue(attachment.path("text").asText().contains("fast møterom"));
        assertTrue(attachment.path("email").isNull(), "an attachment is no e-mail");
        assertTrue(docs.get("05-annen-sak.eml").path("email").path("inReplyTo").isNull());
    }

    @Test
    void repliesAndForwardsShareTheThreadOfTheFirstMessage() {
        String first = docs.get("01-innspill.eml").path("id").asText();
        for (String name : List.of("01-innspill.eml", "02-svar.eml", "03-svar-pa-svar.eml", "04-videresendt.eml")) {
            assertEquals(first, docs.get(name).path("email").path("threadId").asText(), name);
        }
        // 04 is a forward with no References: it joins by its subject without "VS:"
        assertTrue(docs.get("04-videresendt.eml").path("email").path("references").isEmpty());
        assertEquals(docs.get("05-annen-sak.eml").path("id").asText(),
                docs.get("05-annen-sak.eml").path("email").path("threadId").asText());
    }

    @Test
    void sendersAndRecipientsAreSearchableFromTheCommandLine() throws IOException {
        String index = MailIndex.dir().toString();
        assertEquals(List.of("01-innspill.eml", "03-svar-pa-svar.eml"),
                hits(CliRun.of("search", "lokaler", "--from", "kari.nordmann@eikvik.kommune.no", "--index", index, "--json")));
        // a name works as well as an address, case ignored; Cc counts as a recipient
        assertEquals(List.of("02-svar.eml"),
                hits(CliRun.of("search", "lokaler", "--to", "SOLVEIG SÆTHER", "--index", index, "--json")));
        assertEquals(List.of("02-svar.eml"), hits(CliRun.of("search", "from:hansen", "--index", index, "--json")));
        assertEquals(List.of("04-videresendt.eml"),
                hits(CliRun.of("search", "to:sekretariat@eikvik.kommune.no", "--index", index, "--json")));
        CliRun none = CliRun.of("search", "lokaler", "--from", "nobody@example.com", "--index", index);
        assertEquals(0, none.exitCode(), none.err());
        assertTrue(none.out().startsWith("0 documents match"), none.out());
    }

    @Test
    void theApiFiltersBySenderAndListsTheThreadOnTheDocument() throws Exception {
        JsonNode result = get("/api/search?q=&from=" + URLEncoder.encode("Per Hansen", StandardCharsets.UTF_8));
        assertEquals(1, result.path("total").asInt());
        // the recipients of what Per Hansen sent; senders counted as if unfiltered, so the filter can widen
        assertEquals(List.of("kari.nordmann@eikvik.kommune.no", "ola.berg@eikvik.kommune.no",
                "solveig.saether@eikvik.kommune.no"), values(result.path("facets").path("to")).stream().sorted().toList());
        assertEquals(4, result.path("facets").path("from").size());
        String id = docs.get("03-svar-pa-svar.eml").path("id").asText();
        JsonNode doc = get("/api/documents/" + id);
        assertEquals(docs.get("01-innspill.eml").path("id").asText(), doc.path("email").path("threadId").asText());
        List<String> thread = new ArrayList<>();
        doc.path("thread").forEach(m -> thread.add(m.path("id").asText().replaceFirst("^mail/", "") + " "
                + m.path("from").path("address").asText()));
        assertEquals(List.of("01-innspill.eml kari.nordmann@eikvik.kommune.no", "02-svar.eml per.hansen@eikvik.kommune.no",
                "03-svar-pa-svar.eml kari.nordmann@eikvik.kommune.no", "04-videresendt.eml ola.berg@eikvik.kommune.no"), thread);
        assertTrue(get("/api/documents/" + docs.get("01-innspill.eml!/notat-lokaler.txt").path("id").asText())
                .path("thread").isMissingNode(), "an attachment has no thread");
    }

    @Test
    void outlookMessagesHaveTheirEnvelopeAndAttachments(@TempDir Path tmp) throws IOException {
        Path testdocs = TestPaths.shared("testdocs");
        Path mail = Files.createDirectories(tmp.resolve("outlook"));
        for (String name : List.of("tika_testMSG_att_doc.msg", "tika_testMSG_att_msg.msg")) {
            Files.copy(testdocs.resolve(name), mail.resolve(name));
        }
        Path index = tmp.resolve("index");
        Path out = tmp.resolve("export.json");
        assertEquals(0, CliRun.of("ingest", mail.toString(), "--index", index.toString(), "--quiet").exitCode());
        assertEquals(0, CliRun.of("export", "--index", index.toString(), "--out", out.toString()).exitCode());
        JsonNode json = JSON.readTree(Files.readString(out));
        assertEquals(List.of(), ExportCommandTest.SCHEMAS.export(json));
        Map<String, JsonNode> byId = new HashMap<>();
        json.path("documents").forEach(d -> byId.put(d.path("id").asText(), d));
        JsonNode doc = byId.get("outlook/tika_testMSG_att_doc.msg");
        assertEquals("test pièce jointe 1", doc.path("title").asText());
        assertEquals("2009-04-22", doc.path("date").asText());
        assertEquals("nicolas1.23456@free.fr", doc.path("email").path("from").path("address").asText());
        assertEquals("Nicolas1 23456", doc.path("email").path("from").path("name").asText());
        // the body without the envelope list Outlook's parser writes before it
        assertEquals("contenu", doc.path("text").asText());
        assertTrue(byId.containsKey("outlook/tika_testMSG_att_doc.msg!/test-unicode.doc"), byId.keySet().toString());
        JsonNode nested = byId.get("outlook/tika_testMSG_att_msg.msg");
        assertEquals("<3975CB0784A2C249A2EDDD4D43C53D08045B971A87@Stitch.pof.com.au>",
                nested.path("email").path("messageId").asText());
        assertEquals(List.of("nick.booth@pof.com.au"), addresses(nested.path("email").path("to")));
        // an Outlook message attached to another is an e-mail too, with its own envelope
        JsonNode attached = byId.get("outlook/tika_testMSG_att_msg.msg!/Test Attachment.msg");
        assertEquals("Test Attachment", attached.path("email").path("subject").asText());
        assertNull(doc.path("email").path("messageId").textValue());
    }

    private static List<String> hits(CliRun run) throws IOException {
        assertEquals(0, run.exitCode(), run.err());
        List<String> ids = new ArrayList<>();
        JSON.readTree(run.out()).path("hits").forEach(h -> ids.add(h.path("id").asText().replaceFirst("^mail/", "")));
        return ids.stream().sorted().toList();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static List<String> addresses(JsonNode mailboxes) {
        List<String> out = new ArrayList<>();
        mailboxes.forEach(m -> out.add(m.path("address").asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static List<String> values(JsonNode facet) {
        List<String> out = new ArrayList<>();
        facet.forEach(v -> out.add(v.path("value").asText()));
        return out;
    }
}
