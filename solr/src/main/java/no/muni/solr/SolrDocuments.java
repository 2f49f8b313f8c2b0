package no.muni.solr;

import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrInputDocument;

import no.muni.index.ExportJson;
import no.muni.index.IndexDocument;
import no.muni.index.IndexFields;
import no.muni.index.SearchFields;
import no.muni.index.Threads;
import no.muni.index.WorkSignature;
import no.muni.model.Email;

/** The Solr document of an {@link IndexDocument}: the embedded index's fields under the same names. */
final class SolrDocuments {

    /** The field telling documents from the workers' locks and run reports. */
    static final String RECORD_TYPE = "recordType";
    static final String DOCUMENT = "document";
    /** The filter every read of documents carries. */
    static final String ONLY_DOCUMENTS = RECORD_TYPE + ":" + DOCUMENT;
    /** The band keys of the text's signature ({@link WorkSignature#bandKeys}): a document's candidates for its work. */
    static final String WORK_BANDS = "work.bands";

    private SolrDocuments() {
    }

    static SolrInputDocument of(IndexDocument d, String groupId) {
        SolrInputDocument doc = new SolrInputDocument();
        doc.setField(RECORD_TYPE, DOCUMENT);
        doc.setField(IndexFields.ID, d.id());
        if (d.parentId() != null) {
            doc.setField(IndexFields.PARENT, d.parentId());
        }
        doc.setField(IndexFields.GROUP, groupId);
        keyword(doc, IndexFields.ROOT, d.root());
        keyword(doc, IndexFields.SOURCE, d.source());
        keyword(doc, IndexFields.SHA256, d.sha256());
        keyword(doc, IndexFields.PIPELINE_VERSION, d.pipelineVersion());
        keyword(doc, IndexFields.FORMAT, d.format());
        keyword(doc, IndexFields.DOC_TYPE, d.docType());
        if (d.title() != null) {
            doc.setField(IndexFields.TITLE, d.title());
        }
        if (d.date() != null) {
            doc.setField(IndexFields.DATE, java.util.Date.from(d.date().atStartOfDay(ZoneOffset.UTC).toInstant()));
            doc.setField(IndexFields.YEAR, d.date().getYear());
        }
        doc.setField(IndexFields.TEXT, d.text());
        SearchFields search = SearchFields.of(d);
        multi(doc, IndexFields.ORGANISATION, search.organisations());
        multi(doc, IndexFields.PERSON, search.persons());
        multi(doc, IndexFields.ORGANISATION_KEY, search.organisationKeys());
        multi(doc, IndexFields.PERSON_KEY, search.personKeys());
        multi(doc, IndexFields.PLACE, d.places());
        multi(doc, IndexFields.MEASURE, d.measures());
        multi(doc, IndexFields.CASE, search.cases());
        multi(doc, IndexFields.BODY, search.bodies());
        mailboxes(doc, IndexFields.FROM, IndexFields.FROM_KEY, search.senders());
        mailboxes(doc, IndexFields.TO, IndexFields.TO_KEY, search.recipients());
        Email email = d.export().structure().email();
        if (email != null) {
            // a thread of its own until the run's regrouping says otherwise, from what the embedded index keeps
            doc.setField(IndexFields.THREAD_ID, d.id());
            if (email.messageId() != null) {
                doc.setField(IndexFields.MESSAGE_ID, email.messageId());
            }
            multi(doc, IndexFields.ANSWERS, email.answers());
            doc.setField(IndexFields.THREAD_SUBJECT, Threads.subjectKey(email.subject()));
            doc.setField(IndexFields.SENT, email.sent() == null ? Long.MAX_VALUE : email.sent().toEpochMilli());
        }
        doc.setField(IndexFields.JSON, ExportJson.write(d.export()));
        // a work of its own until the run's regrouping says otherwise
        doc.setField(IndexFields.WORK_ID, d.id());
        doc.setField(IndexFields.WORK_SIZE, 1);
        int[] signature = WorkSignature.of(d.text());
        if (signature != null) {
            doc.setField(IndexFields.WORK_SIGNATURE, Base64.getEncoder().encodeToString(WorkSignature.toBytes(signature)));
            doc.setField(WORK_BANDS, WorkSignature.bandKeys(signature));
        }
        return doc;
    }

    /**
     * Senders or recipients as the embedded index has them: a facet value each (the address, or the name where
     * there is none), their names and addresses as text ({@link #textField}), and as lower-case keys for the
     * filters.
     */
    private static void mailboxes(SolrInputDocument doc, String field, String keyField, List<SearchFields.Mailbox> boxes) {
        multi(doc, field, boxes.stream().map(SearchFields.Mailbox::label).toList());
        multi(doc, textField(field), boxes.stream().map(SearchFields.Mailbox::text).toList());
        multi(doc, keyField, boxes.stream().flatMap(b -> b.keys().stream()).distinct().toList());
    }

    /** The text twin of a field that is a facet in Solr but also searched by words ({@code from}, {@code to}). */
    static String textField(String field) {
        return field.equals(IndexFields.FROM) || field.equals(IndexFields.TO) ? field + ".text" : field;
    }

    /** A query matching one value of a string field exactly. */
    static String term(String field, String value) {
        return field + ":" + ClientUtils.escapeQueryChars(value);
    }

    private static void keyword(SolrInputDocument doc, String field, String value) {
        doc.setField(field, value == null ? "" : value);
    }

    private static void multi(SolrInputDocument doc, String field, Collection<String> values) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                distinct.add(v);
            }
        }
        if (!distinct.isEmpty()) {
            doc.setField(field, distinct);
        }
    }
}
