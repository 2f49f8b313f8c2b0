package no.muni.solr;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import no.muni.index.MuniAnalyzer;

/**
 * muni's Solr configset: {@code solrconfig.xml}, {@code schema.xml} (the embedded index's fields and analysis
 * with Solr's factories) and {@code compound-words.txt}, the word list of {@link MuniAnalyzer} itself, taken
 * from the muni-index jar so the two indexes split compounds with the same words.
 */
public final class SolrConfigset {

    /** The name the configset is uploaded under. */
    public static final String NAME = "muni";

    private SolrConfigset() {
    }

    /** The configset's files by name, as a Solr configset's {@code conf/} folder holds them. */
    public static Map<String, byte[]> files() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("solrconfig.xml", resource(SolrConfigset.class, "configset/conf/solrconfig.xml"));
        files.put("schema.xml", resource(SolrConfigset.class, "configset/conf/schema.xml"));
        files.put("compound-words.txt", resource(MuniAnalyzer.class, "compound-words.txt"));
        return files;
    }

    /** Writes the configset into {@code dir/conf/}, for {@code bin/solr zk upconfig -d DIR}. */
    public static Path writeTo(Path dir) {
        Path conf = dir.resolve("conf");
        try {
            Files.createDirectories(conf);
            for (Map.Entry<String, byte[]> f : files().entrySet()) {
                Files.write(conf.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the configset to " + conf + ": " + e.getMessage(), e);
        }
        return conf;
    }

    /** The configset as the zip file Solr's configset upload API takes (the files at its top level). */
    static byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files().entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot zip the configset", e);
        }
        return bytes.toByteArray();
    }

    private static byte[] resource(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar of " + owner.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }
}
