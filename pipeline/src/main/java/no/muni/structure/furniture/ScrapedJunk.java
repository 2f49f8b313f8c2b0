package no.muni.structure.furniture;

import java.util.List;

import no.muni.model.Block;

/** Cuts what a document-sharing site wraps around a scraped document: its chrome and its teasers. */
public final class ScrapedJunk {

    public List<Block> cut(List<Block> blocks) {
        return blocks;
    }
}
