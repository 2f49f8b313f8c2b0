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
    public static final String ORGANISATION = "organisation";
    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String MEASURE = "measure";
    public static final String PIPELINE_VERSION = "pipelineVersion";
    /** The whole export document as JSON, so search results and exports need no re-parse. */
    public static final String JSON = "json";

    private IndexFields() {
    }
}
