package org.newsidx.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class FacetLabelsTest {

    @Test
    void controlCharactersAndRunsOfWhiteSpaceBecomeOneSpace() {
        assertEquals("Ursula von der Leyen", FacetLabels.clean(" Ursula\tvon \u0000der\n\nLeyen  "));
        assertEquals("Calais", FacetLabels.clean("Calais"));
        assertNull(FacetLabels.clean(" \u001F\r\n"));
        assertNull(FacetLabels.clean(null));
    }

    @Test
    void datesBecomePaths() {
        assertArrayEquals(new String[] {"2023", "08", "14"}, FacetLabels.datePath("2023-08-14"));
        assertArrayEquals(new String[] {"2023", "03"}, FacetLabels.datePath("2023-03"));
    }
}
