package no.muni.structure.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class NorwegianDatesTest {

    @Test
    void readsTheNorwegianFormats() {
        assertEquals(Optional.of(LocalDate.of(2023, 8, 21)), NorwegianDates.first("Dato: 21.08.2023"));
        assertEquals(Optional.of(LocalDate.of(2019, 5, 22)), NorwegianDates.first("22.05.19"));
        assertEquals(Optional.of(LocalDate.of(2014, 6, 17)), NorwegianDates.first("Bystyrets vedtak 17. juni 2014"));
        assertEquals(Optional.of(LocalDate.of(2022, 10, 3)), NorwegianDates.first("møte 3. okt. 2022 kl. 10"));
        assertEquals(Optional.of(LocalDate.of(2024, 1, 9)), NorwegianDates.first("oppdatert 2024-01-09"));
    }

    @Test
    void takesTheFirstValidDateAndSkipsImpossibleOnes() {
        assertEquals(Optional.of(LocalDate.of(2021, 3, 1)), NorwegianDates.first("31.02.2021 ble rettet til 1. mars 2021"));
        assertEquals(Optional.empty(), NorwegianDates.first("punkt 4.2. gjelder fra juni"));
    }

    @Test
    void periodsWithoutADayAreVague() {
        assertEquals(Optional.of("våren 2021"), NorwegianDates.firstVague("vaksinering våren 2021 i regi av"));
        assertEquals(Optional.of("juni 2014"), NorwegianDates.firstVague("vedtatt i juni 2014"));
        assertEquals(Optional.empty(), NorwegianDates.firstVague("i 2014"));
    }
}
