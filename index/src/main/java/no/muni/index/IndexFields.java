package no.muni.index;

/** Names of the Lucene fields muni writes; one Lucene document per source document. */
public final class IndexFields {
    /** Stable id: root folder name + "/" + path relative to it; children add "!/" + path inside the parent. */
    public static final String ID = "id";
    /** Id of the containing document for embedded documents (attachments, archive members). */
    public static final String PARENT = "parent";
    /**
     * Id of the source file a document came from (its own id for the file itself). A file and its
     * embedded documents are replaced and deleted together, atomically, through this field.
     */
    public static final String GROUP = "group";
    /** Name of the ingested root folder the document came from. */
    public static final String ROOT = "root";
    public static final String SOURCE = "source";
    public static final String SHA256 = "sha256";
    public static final String FORMAT = "format";
    public static final String DOC_TYPE = "docType";
    public static final String TITLE = "title";
    public static final String DATE = "date";
    public static final String YEAR = "year";
    public static final String TEXT = "text";
    /** Title and text again, unstemmed, for "quoted phrases". */
    public static final String TITLE_EXACT = "title.exact";
    public static final String TEXT_EXACT = "text.exact";
    /** Title and text again, unstemmed with æ/ø/å folded, so "Rode Kors" finds "Røde Kors". */
    public static final String TITLE_FOLDED = "title.folded";
    public static final String TEXT_FOLDED = "text.folded";
    /**
     * Prefixes of the body's words, stemmed and folded (Elasticsearch's {@code index_prefixes}): a trailing
     * wildcard of {@link MuniAnalyzer#MIN_PREFIX} to {@link MuniAnalyzer#MAX_PREFIX} letters on {@code text} or
     * {@code text.folded} searches one term here instead of expanding (see docs/search-analysis.md).
     */
    public static final String TEXT_PREFIXES = "text.prefixes";
    public static final String TEXT_FOLDED_PREFIXES = "text.folded.prefixes";
    /**
     * Pairs of adjacent words of the body, as the exact and the folded field hold them (Elasticsearch's
     * {@code index_phrases}): a quoted phrase of two words on {@code text.exact} or {@code text.folded} is one
     * term here; a longer one runs only over the documents holding all its pairs.
     */
    public static final String TEXT_EXACT_PAIRS = "text.exact.pairs";
    public static final String TEXT_FOLDED_PAIRS = "text.folded.pairs";
    /**
     * Which fields a document was indexed with: {@link #SCHEMA_PREFIXES_AND_PAIRS} when it has the prefix and
     * pair fields. A search uses them only when every document of its view has them (an index written by an
     * older muni is searched as before until it is re-ingested).
     */
    public static final String SCHEMA = "schema";
    public static final String SCHEMA_PREFIXES_AND_PAIRS = "prefixes+pairs";
    /** The texts of the document's measures, analysed like the body. */
    public static final String MEASURE_TEXT = "measures";
    /** Organisation names and aliases, lower case and folded, for alias-aware lookup. */
    public static final String ORGANISATION_KEY = "organisation.key";
    /** Person names and aliases, lower case and folded, for alias-aware lookup. */
    public static final String PERSON_KEY = "person.key";
    public static final String ORGANISATION = "organisation";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String MEASURE = "measure";
    /** Archive case numbers the document names, normalised by {@code CaseRef.normalise} ("2023/00858"). */
    public static final String CASE = "case";
    /** Political bodies the document is about: its meeting's body and the bodies of its case's saksgang. */
    public static final String BODY = "body";
    /**
     * An e-mail's sender and recipients (To and Cc): facets by address (the name where no address is known),
     * and text fields of names and addresses for {@code from:} and {@code to:} in a query.
     */
    public static final String FROM = "from";
    public static final String TO = "to";
    /** Sender and recipient addresses and names, lower case, for the {@code from} and {@code to} filters. */
    public static final String FROM_KEY = "from.key";
    public static final String TO_KEY = "to.key";
    /**
     * The e-mail thread a message belongs to: the id of the thread's first message (see {@link Threads}).
     * A doc-values field of e-mails only, updated in place when threads change.
     */
    public static final String THREAD_ID = "threadId";
    /** What threads are grouped from: Message-ID, the Message-IDs answered, the subject without Re:/SV:, sent time. */
    public static final String MESSAGE_ID = "email.messageId";
    public static final String ANSWERS = "email.answers";
    public static final String THREAD_SUBJECT = "email.subject";
    public static final String SENT = "email.sent";
    public static final String PIPELINE_VERSION = "pipelineVersion";
    /**
     * The work a document is a rendition of: the smallest id among the documents with the same or nearly
     * the same text (see {@link Works}). A doc-values field, updated in place when works change.
     */
    public static final String WORK_ID = "workId";
    /** How many renditions the document's work has (1: the document is a work of its own). */
    public static final String WORK_SIZE = "workSize";
    /** The text's MinHash signature ({@link WorkSignature}), from which works are grouped. */
    public static final String WORK_SIGNATURE = "work.signature";
    /** The whole export document as JSON, so search results and exports need no re-parse. */
    public static final String JSON = "json";

    /** The facet dimensions, in the order a user interface shows them. */
    public static final java.util.List<String> FACETS = java.util.List.of(DOC_TYPE, YEAR, BODY, ORGANISATION, PERSON,
            PLACE, MEASURE, FROM, TO, FORMAT);
    /**
     * What a search can filter on: the facets, and the case (too many values to show as a facet). A
     * {@code from} or {@code to} filter matches an address or a name, case ignored.
     */
    public static final java.util.List<String> FILTERS = java.util.List.of(DOC_TYPE, YEAR, BODY, ORGANISATION, PERSON,
            PLACE, MEASURE, FROM, TO, FORMAT, CASE);

    private IndexFields() {
    }

    /** How a field is analysed; fields not named here are stemmed (the query parser's default). */
    public static MuniAnalyzer.Analysis analysisOf(String field) {
        return switch (field) {
            case TITLE_EXACT, TEXT_EXACT -> MuniAnalyzer.Analysis.EXACT;
            case TITLE_FOLDED, TEXT_FOLDED -> MuniAnalyzer.Analysis.FOLDED;
            case TEXT_PREFIXES -> MuniAnalyzer.Analysis.STEMMED_PREFIXES;
            case TEXT_FOLDED_PREFIXES -> MuniAnalyzer.Analysis.FOLDED_PREFIXES;
            case TEXT_EXACT_PAIRS -> MuniAnalyzer.Analysis.EXACT_PAIRS;
            case TEXT_FOLDED_PAIRS -> MuniAnalyzer.Analysis.FOLDED_PAIRS;
            default -> MuniAnalyzer.Analysis.STEMMED;
        };
    }

    /** The field holding the prefixes of {@code field}'s words, or null when there is none. */
    public static String prefixesOf(String field) {
        return switch (field) {
            case TEXT -> TEXT_PREFIXES;
            case TEXT_FOLDED -> TEXT_FOLDED_PREFIXES;
            default -> null;
        };
    }

    /** The field holding the pairs of adjacent words of {@code field}, or null when there is none. */
    public static String pairsOf(String field) {
        return switch (field) {
            case TEXT_EXACT -> TEXT_EXACT_PAIRS;
            case TEXT_FOLDED -> TEXT_FOLDED_PAIRS;
            default -> null;
        };
    }

    /** The unstemmed field a quoted phrase on {@code field} searches instead, or {@code field} itself. */
    public static String exactOf(String field) {
        return switch (field) {
            case TITLE -> TITLE_EXACT;
            case TEXT -> TEXT_EXACT;
            default -> field;
        };
    }
}
