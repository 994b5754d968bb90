package jp.policygen.importer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * The text as compared: full and half width made one (NFKC), spaces gone, 漢数字 made digits, and the older words
 * bodies still use mapped to the guideline's (電算室 → 管理区域, ウイルス → 不正プログラム …), so a rule of 2016 and an
 * 例文 of 2024 are compared on what they say. Used for similarity only; the body's own text is what the profile keeps.
 */
final class Norm {
    private static final List<String[]> OLDER_WORDS = List.of(
            new String[] {"情報セキュリティ事件及び事故", "情報セキュリティインシデント"},
            new String[] {"セキュリティ事故", "情報セキュリティインシデント"},
            new String[] {"コンピュータウイルス", "不正プログラム"},
            new String[] {"コンピュータウィルス", "不正プログラム"},
            new String[] {"ウイルス", "不正プログラム"},
            new String[] {"ウィルス", "不正プログラム"},
            new String[] {"電子計算機室", "管理区域"},
            new String[] {"電算室", "管理区域"},
            new String[] {"サーバ室", "管理区域"},
            new String[] {"外部委託", "業務委託"},
            new String[] {"情報化統括責任者", "最高情報セキュリティ責任者"},
            new String[] {"情報セキュリティ統括責任者", "最高情報セキュリティ責任者"});

    private Norm() {
    }

    static String key(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                sb.append(c);
            }
        }
        String k = sb.toString();
        for (String[] w : OLDER_WORDS) {
            if (k.contains(w[0])) {
                k = k.replace(w[0], w[1]);
            }
        }
        return kanjiNumbers(k);
    }

    /** 十五 → 15, 三 → 3: numbers written in 漢数字 compare equal to digits. */
    static String kanjiNumbers(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && "〇一二三四五六七八九十百".indexOf(s.charAt(j)) >= 0) {
                j++;
            }
            if (j > i) {
                out.append(value(s.substring(i, j)));
                i = j;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static String value(String k) {
        int total = 0;
        int digit = -1;
        for (char c : k.toCharArray()) {
            int d = "〇一二三四五六七八九".indexOf(c);
            if (d >= 0) {
                digit = digit < 0 ? d : digit * 10 + d;
            } else {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            }
        }
        return String.valueOf(total + Math.max(digit, 0));
    }

    /** The distinct character bigrams of a key, as sorted ints (a single character counts as one gram). */
    static int[] grams(String key) {
        if (key.length() == 1) {
            return new int[] {key.charAt(0)};
        }
        int[] g = new int[Math.max(0, key.length() - 1)];
        for (int i = 0; i + 1 < key.length(); i++) {
            g[i] = (key.charAt(i) << 16) | key.charAt(i + 1);
        }
        return Arrays.stream(g).sorted().distinct().toArray();
    }

    /** Dice's coefficient of two sorted gram sets. */
    static double dice(int[] a, int[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1;
        }
        int i = 0;
        int j = 0;
        int shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * shared / (a.length + b.length);
    }
}
