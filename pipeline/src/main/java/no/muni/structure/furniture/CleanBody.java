package no.muni.structure.furniture;

import java.util.List;

import no.muni.model.Block;
import no.muni.model.DocumentStructure.Sender;

/** A document's body without its page furniture, and the sender that furniture named (or null). */
public record CleanBody(List<Block> blocks, Sender sender) {
    public CleanBody {
        blocks = List.copyOf(blocks);
    }
}
