package no.muni.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseRefTest {

    @Test
    void everyWrittenFormOfOneCaseNormalisesAlike() {
        for (String written : new String[] {"23/858", "2023/858", "23/00858", "2023/00858", "23/00858-123", "RST-23/858-2"}) {
            assertEquals("2023/00858", CaseRef.normalise(written), written);
        }
    }

    @Test
    void keepsWhatWasWrittenAndTheDocumentNumber() {
        CaseRef ref = CaseRef.parse("RST-15/3113-2").orElseThrow();
        assertEquals("RST-15/3113-2", ref.written());
        assertEquals("2015/03113", ref.caseNumber());
        assertEquals(2, ref.document());
        assertNull(CaseRef.parse("16/5101").orElseThrow().document());
    }

    @Test
    void readsSequenceSlashYearAndOldYears() {
        assertEquals("2009/00035", CaseRef.normalise("035/2009"));
        assertEquals("1998/01234", CaseRef.normalise("98/1234"));
        assertEquals("2003/00193", CaseRef.normalise("03/00193"));
    }

    @Test
    void isNoCaseNumberWhenNotOne() {
        assertNull(CaseRef.normalise("0013/03"));
        assertNull(CaseRef.normalise("03/ /03"));
        assertNull(CaseRef.normalise("23/0"));
        assertNull(CaseRef.normalise(null));
        assertTrue(CaseRef.parse("Saksnr 23/858").isEmpty());
    }
}
