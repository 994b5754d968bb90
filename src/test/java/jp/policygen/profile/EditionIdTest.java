package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class EditionIdTest {
    @Test
    void readsAndWritesTheIdAsProfilesWriteIt() {
        EditionId id = EditionId.of("2026-03");
        assertEquals(2026, id.year());
        assertEquals(3, id.month());
        assertEquals("2026-03", id.toString());
        assertEquals(id, EditionId.parse("2026-03").orElseThrow());
    }

    @Test
    void refusesWhatIsNoEditionId() {
        // the caller words the refusal (the profile reader with file:line:col, the jobs with the shipped list)
        for (String bad : List.of("", "2026-3", "2026-13", "2026-00", " 2026-03", "2026-03 ", "令和8年3月版", "26-03",
                "2026/03", "２０２６-０３")) {
            assertEquals(Optional.empty(), EditionId.parse(bad), bad);
        }
        assertEquals(Optional.empty(), EditionId.parse(null));
        assertThrows(IllegalArgumentException.class, () -> EditionId.of("2026-13"));
        assertThrows(IllegalArgumentException.class, () -> new EditionId(2026, 0));
    }

    @Test
    void ordersByDateNotByTheOrderGiven() {
        List<EditionId> sorted = Stream.of("2025-03", "2023-03", "2026-03", "2024-10", "2024-02")
                .map(EditionId::of).sorted().toList();
        assertEquals(List.of("2023-03", "2024-02", "2024-10", "2025-03", "2026-03"),
                sorted.stream().map(EditionId::toString).toList());
        assertTrue(EditionId.of("2024-10").isBefore(EditionId.of("2025-03")));
        assertTrue(!EditionId.of("2025-03").isBefore(EditionId.of("2025-03")));
    }
}
