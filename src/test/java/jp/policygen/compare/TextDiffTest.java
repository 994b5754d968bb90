package jp.policygen.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import jp.policygen.compare.TextDiff.Op;
import jp.policygen.compare.TextDiff.Segment;

class TextDiffTest {

    /** The diff written as a reader sees it: [-old-]{+new+} around the changes. */
    private static String show(String a, String b) {
        return TextDiff.diff(a, b).stream().map(s -> switch (s.op()) {
            case EQUAL -> s.text();
            case DELETE -> "[-" + s.text() + "-]";
            case INSERT -> "{+" + s.text() + "+}";
        }).collect(Collectors.joining());
    }

    @Test
    void sameTextIsOneEquality() {
        assertEquals(List.of(new Segment(Op.EQUAL, "同じ文")), TextDiff.diff("同じ文", "同じ文"));
    }

    @Test
    void aLoneCharacterBetweenTwoChangesIsPartOfTheChange() {
        // exact diff keeps the の; a reader wants the whole phrase underlined
        assertEquals("職員は[-情報資産の管理責任-]{+所属長の指示する+}者に報告する。",
                show("職員は情報資産の管理責任者に報告する。", "職員は所属長の指示する者に報告する。"));
    }

    @Test
    void aChangedNumberIsUnderlinedWhole() {
        assertEquals("パスワードは[-12-]{+15+}文字以上とする。", show("パスワードは12文字以上とする。", "パスワードは15文字以上とする。"));
    }

    @Test
    void anAddedSentenceIsOneInsertion() {
        assertEquals("設定する。{+\n送信時の宛先確認を徹底する。+}", show("設定する。", "設定する。\n送信時の宛先確認を徹底する。"));
    }

    @Test
    void oldAndNewAreRebuiltFromTheirSides() {
        String a = "統括情報セキュリティ責任者は、年1回以上、点検を行う。";
        String b = "情報セキュリティ責任者は、毎年度、点検及び監査を行う。";
        List<Segment> d = TextDiff.diff(a, b);
        assertEquals(a, d.stream().filter(s -> s.op() != Op.INSERT).map(Segment::text).collect(Collectors.joining()));
        assertEquals(b, d.stream().filter(s -> s.op() != Op.DELETE).map(Segment::text).collect(Collectors.joining()));
    }
}
