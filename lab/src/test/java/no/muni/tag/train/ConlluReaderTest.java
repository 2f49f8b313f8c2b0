package no.muni.tag.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class ConlluReaderTest {

    static final String SAMPLE = """
            # text = Tromsø kommune og Norsk Folkehjelp |
            1\tTromsø\tTromsø\tsubst\t_\tprop\t2\tDET\t_\tname=B-GPE_ORG
            2\tkommune\tkommune\tsubst\t_\tappell\t0\tFRAG\t_\tname=I-GPE_ORG
            3\tog\tog\tkonj\t_\t_\t2\tKONJ\t_\tname=O
            4\tNorsk\tnorsk\tadj\t_\t_\t5\tATR\t_\tname=B-ORG
            5\tFolkehjelp\tFolkehjelp\tsubst\t_\tprop\t2\tKOORD\t_\tname=I-ORG
            6\t|\t$|\tclb\t_\t<overskrift>\t2\tIP\t_\tname=O

            # text = Kari Nordmann bor i Bergen, og leser VG.
            1\tKari\tKari\tPROPN\t_\t_\t3\tnsubj\t_\tname=B-PER
            2\tNordmann\tNordmann\tPROPN\t_\t_\t1\tflat:name\t_\tname=I-PER
            3\tbor\tbo\tVERB\t_\t_\t0\troot\t_\tname=O
            4\ti\ti\tADP\t_\t_\t5\tcase\t_\tname=O
            5\tBergen\tBergen\tPROPN\t_\t_\t3\tobl\t_\tSpaceAfter=No|name=B-GPE_LOC
            6\t,\t$,\tPUNCT\t_\t_\t8\tpunct\t_\tname=O
            7\tog\tog\tCCONJ\t_\t_\t8\tcc\t_\tname=O
            8\tleser\tlese\tVERB\t_\t_\t3\tconj\t_\tname=O
            9\tVG\tVG\tPROPN\t_\t_\t8\tobj\t_\tSpaceAfter=No|name=B-PROD
            10\t.\t$.\tPUNCT\t_\t_\t3\tpunct\t_\tname=O

            """;

    static List<ConlluSentence> sample() throws Exception {
        return ConlluReader.read(new BufferedReader(new StringReader(SAMPLE)));
    }

    @Test
    void readsFormsSpacesAndTagsAndDropsTheHeadlineMarker() throws Exception {
        List<ConlluSentence> s = sample();
        assertEquals(2, s.size());
        assertEquals(List.of("Tromsø", "kommune", "og", "Norsk", "Folkehjelp"), s.get(0).forms());
        assertEquals("Kari Nordmann bor i Bergen, og leser VG.", s.get(1).text());
    }

    @Test
    void mapsNorneTypesOntoMuniTypes() throws Exception {
        List<ConlluSentence> s = sample();
        assertEquals(List.of(new Span(0, 2, "ORG"), new Span(3, 5, "ORG")), NameSamples.spans(s.get(0).tags()));
        // GPE_LOC is a place; PROD (the newspaper) is dropped
        assertEquals(List.of(new Span(0, 2, "PER"), new Span(4, 5, "LOC")), NameSamples.spans(s.get(1).tags()));
    }
}
