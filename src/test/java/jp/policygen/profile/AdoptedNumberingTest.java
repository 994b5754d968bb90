package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import jp.policygen.policy.Position;

/** policy.numbering: the adopted rule's numbering, pinned in the profile (issue 20 item 2). */
class AdoptedNumberingTest {
    private static final String PIN = TestProfiles.MINIMAL.replace("effective: 2026-04-01", """
            effective: 2026-04-01
              form: articles
              numbering:
                standard:
                  std.org.ciso: 第３条
                  std.org.ciso.deputy: 第3条第2項
                  local.usb: 第37条の2
                  std.x: 第13条第2項第3号の2
                  std.general: 第1章""");

    @Test
    void positionsAreReadInEitherDigits() {
        Profile p = TestProfiles.profile(PIN);
        var standard = p.policy().numbering().byDocument().get("standard");
        assertEquals(List.of(3), standard.get("std.org.ciso").article());
        assertTrue(standard.get("std.org.ciso").isArticle());
        assertEquals(2, standard.get("std.org.ciso.deputy").paragraph());
        assertEquals(List.of(37, 2), standard.get("local.usb").article());
        assertEquals("第13条第2項第3号の2", standard.get("std.x").toString());
        assertEquals(List.of(1), standard.get("std.general").chapter());
        assertTrue(p.policy().numbering().pinned());
        assertEquals("第３７条の２", Position.articleLabel(List.of(37, 2), AdoptedNumberingTest::toFull));
    }

    private static String toFull(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('０' + (c - '0')));
        }
        return sb.toString();
    }

    @Test
    void aPositionThatIsNoNumberIsAnErrorAtItsLine() {
        var r = TestProfiles.read(PIN.replace("第37条の2", "37-2"));
        assertEquals(List.of("test.yaml:12:18: エラー: 「37-2」は条・項・号の番号として読めません。「第37条の2」「第13条第2項」"
                + "「第13条第2項第3号」「第2章第1節」のように書いてください。"),
                r.findings().stream().map(Finding::format).toList());
    }

    @Test
    void onePositionForTwoClausesIsAnError() {
        var r = TestProfiles.read(PIN.replace("第37条の2", "第３条"));
        assertEquals(List.of("test.yaml:12:18: エラー: 番号「第3条」が std.org.ciso と local.usb の2つに付いています。"
                + "1つの条項にだけ付けてください。"), r.findings().stream().map(Finding::format).toList());
    }

    @Test
    void aFullRevisionSetsThePinAside() {
        Profile p = TestProfiles.profile(PIN.replace("  form: articles", "  form: articles\n  full_revision: true"));
        assertTrue(p.policy().numbering().fullRevision());
        assertTrue(!p.policy().numbering().pinned());
    }
}
