package no.muni.tag;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanIndexTest {

    @Test
    void overlapAndCoverAcrossMergedSpans() {
        SpanIndex index = new SpanIndex();
        index.add(10, 20);
        index.add(30, 40);
        index.add(18, 25); // merges with [10, 20)
        assertTrue(index.overlaps(24, 26));
        assertFalse(index.overlaps(25, 30), "touching is not overlapping");
        assertFalse(index.overlaps(0, 10));
        assertTrue(index.overlaps(0, 11));
        assertTrue(index.covers(12, 25));
        assertFalse(index.covers(12, 26));
        index.add(20, 35); // bridges both
        assertTrue(index.covers(10, 40));
        assertFalse(index.overlaps(40, 50));
    }
}
