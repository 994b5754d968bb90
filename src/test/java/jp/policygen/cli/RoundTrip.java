package jp.policygen.cli;

import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;

/** The round-trip measure of import: the share of the body's characters that come back, in order. */
final class RoundTrip {
    private RoundTrip() {
    }

    /** Characters of {@code original} (spaces aside) found in {@code again} in the same order, as a share. */
    static double inOrder(String original, String again) {
        List<String> a = chars(original);
        List<String> b = chars(again);
        if (a.isEmpty()) {
            return 1;
        }
        int lost = 0;
        for (AbstractDelta<String> d : DiffUtils.diff(a, b).getDeltas()) {
            if (d.getType() != DeltaType.INSERT) {
                lost += d.getSource().size();
            }
        }
        return 1 - (double) lost / a.size();
    }

    private static List<String> chars(String s) {
        return s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u3000')
                .mapToObj(Character::toString).toList();
    }
}
