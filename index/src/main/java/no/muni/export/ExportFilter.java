package no.muni.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import no.muni.index.FilterValues;
import no.muni.index.IndexFields;
import no.muni.index.QuerySyntaxException;

/**
 * Which documents an export holds: those dated on or after {@code since} (undated documents are then
 * left out) and of type {@code docType}; null means no restriction.
 */
public record ExportFilter(LocalDate since, String docType) {

    public static final ExportFilter ALL = new ExportFilter(null, null);

    /**
     * The filter a user asked for, as text (null: no restriction), checked the same way wherever it
     * comes from: {@code muni export} and the HTTP API.
     *
     * @throws IllegalArgumentException naming the bad value; the message starts with the parameter's
     *     name ({@code since}, {@code type}) so each caller can say it in its own terms
     */
    public static ExportFilter parse(String since, String docType) {
        LocalDate date;
        try {
            date = since == null ? null : LocalDate.parse(since);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since wants a date as YYYY-MM-DD, not \"" + since + "\"", e);
        }
        if (docType != null) {
            try {
                FilterValues.check(IndexFields.DOC_TYPE, docType);
            } catch (QuerySyntaxException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return new ExportFilter(date, docType);
    }

    /** The filter as a Lucene query over the embedded index. */
    public Query toQuery() {
        if (since == null && docType == null) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (since != null) {
            query.add(LongPoint.newRangeQuery(IndexFields.DATE, since.toEpochDay(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
        }
        if (docType != null) {
            query.add(new TermQuery(new Term(IndexFields.DOC_TYPE, docType)), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }
}
