package no.muni.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --index DIR} option every command shares. */
final class IndexOption {

    @Option(names = "--index", paramLabel = "DIR", description = "Index folder (default: ${DEFAULT-VALUE}).",
            defaultValue = "data/index")
    Path dir;
}
