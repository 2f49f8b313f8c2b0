package no.muni.ingest;

/** Hears about a run's progress; the CLI shows a progress bar or log lines with it. */
public interface IngestListener {

    void started(int files);

    void fileDone(SourceFile file, Change change, String failureReason);

    IngestListener NONE = new IngestListener() {
        @Override
        public void started(int files) {
        }

        @Override
        public void fileDone(SourceFile file, Change change, String failureReason) {
        }
    };
}
