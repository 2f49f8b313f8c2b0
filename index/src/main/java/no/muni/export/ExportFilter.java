package no.muni.export;

import java.time.LocalDate;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import no.muni.index.IndexFields;

/**
 * Which documents an export holds: those dated on or after {@code since} (undated documents are then
 * left out) and of type {@code docType}; null means no restriction.
 */
public record ExportFilter(LocalDate since, String docType) {

    public static final ExportFilter ALL = new ExportFilter(null, null);

    Query toQuery() {
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
