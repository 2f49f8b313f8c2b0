package no.muni.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Keeps the few files that took longest to process, to show where a run's time went. */
final class SlowestFiles {

    private final int keep;
    private final PriorityQueue<FileTime> fastestFirst = new PriorityQueue<>(Comparator.comparingLong(FileTime::millis));

    SlowestFiles(int keep) {
        this.keep = keep;
    }

    synchronized void record(String path, long millis) {
        fastestFirst.add(new FileTime(path, millis));
        if (fastestFirst.size() > keep) {
            fastestFirst.poll();
        }
    }

    synchronized List<FileTime> slowestFirst() {
        List<FileTime> out = new ArrayList<>(fastestFirst);
        out.sort(Comparator.comparingLong(FileTime::millis).reversed());
        return out;
    }
}
