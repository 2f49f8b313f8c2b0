package no.muni.corpus;

/** A stretch of text in one style; the unit every writer renders (a bold word, an italic title, plain text). */
record Run(String text, boolean bold, boolean italic) {

    static Run plain(String text) {
        return new Run(text, false, false);
    }

    static Run bold(String text) {
        return new Run(text, true, false);
    }

    Run withBold() {
        return new Run(text, true, italic);
    }
}
