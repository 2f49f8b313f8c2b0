package no.muni.ingest;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.muni.export.ExportHeader;

/**
 * The reports of the runs that wrote an index: files beside the embedded index ({@link RunHistory}), or documents
 * of a SolrCloud collection, one per worker's run (module muni-solr).
 */
public interface RunLog {

    /** A finished run: its id and its report. */
    record RecordedRun(String id, RunReport report) {

        /** What an export of the index says about where it came from; see {@link ExportHeader}. */
        public ExportHeader exportHeader() {
            return new ExportHeader(report.finishedAt(), report.pipelineVersion(), id);
        }
    }

    /** Up to {@code limit} runs, the latest first. */
    List<RecordedRun> latestFirst(int limit);

    default Optional<RecordedRun> latest() {
        return latestFirst(1).stream().findFirst();
    }

    /**
     * The folders ingested into the index, by root name (the first part of every id): the path the most
     * recent run that named it read. The server serves original files only from these folders.
     */
    default Map<String, Path> roots() {
        Map<String, Path> roots = new LinkedHashMap<>();
        for (RecordedRun run : latestFirst(Integer.MAX_VALUE)) {
            for (String root : run.report().roots()) {
                SourceRoot source = SourceRoot.of(Path.of(root));
                roots.putIfAbsent(source.name(), source.path());
            }
        }
        return roots;
    }

    /** What an export of the index says about where it came from: its latest run, if any. */
    default ExportHeader exportHeader() {
        return latest().map(RecordedRun::exportHeader).orElse(ExportHeader.NONE);
    }
}
