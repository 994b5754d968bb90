package jp.policygen.markup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jp.policygen.policy.Block;
import jp.policygen.policy.Block.ItemList;
import jp.policygen.policy.Block.ListItem;
import jp.policygen.policy.Block.Paragraph;
import jp.policygen.policy.Block.Table;
import jp.policygen.policy.Run;

/**
 * The small markup of clause bodies and of local replacements (templates/README.md): paragraphs split by
 * blank lines, `- ` list items numbered ア イ ウ, `  - ` nested ones numbered (ア) (イ), and `|` tables.
 * Nothing else is special, and a profile value inserted by a template is escaped (BodyTextFormat), so a
 * value can never turn into markup: its stand-in characters become the value's own text again here.
 */
public final class BodyMarkup {
    private static final String KANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワ";

    private BodyMarkup() {
    }

    public static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            if (line.isBlank()) {
                i++;
            } else if (isItem(line)) {
                i = list(lines, i, blocks);
            } else if (line.stripLeading().startsWith("|")) {
                i = table(lines, i, blocks);
            } else {
                i = paragraph(lines, i, blocks);
            }
        }
        return blocks;
    }

    /**
     * The markup {@link #parse} reads back as these blocks (paragraphs apart by a blank line, items as 「- 」 and
     * 「  - 」, tables as 「| … |」 rows): the text of a clause as it stands, for a body to start a replacement from.
     * A paragraph's 項 number is the document's, not the text's, and is left out.
     */
    public static String write(List<Block> blocks) {
        List<String> parts = new ArrayList<>();
        for (Block b : blocks) {
            List<String> lines = new ArrayList<>();
            if (b instanceof Paragraph p) {
                lines.add(p.text());
            } else if (b instanceof ItemList l) {
                for (ListItem item : l.items()) {
                    lines.add("- " + item.text());
                    item.children().forEach(c -> lines.add("  - " + c.text()));
                }
            } else if (b instanceof Table t) {
                lines.add(row(t.header()));
                lines.add("|" + "---|".repeat(t.header().size()));
                t.rows().forEach(r -> lines.add(row(r)));
            }
            parts.add(String.join("\n", lines));
        }
        return String.join("\n\n", parts);
    }

    private static String row(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(c -> c.replace("\n", " ")).toList()) + " |";
    }

    /** A place where the markup would lose text: 0-based line of the text, and what to write instead. */
    public record Problem(int line, String message) {
    }

    /**
     * What {@link #parse} would silently drop or flatten in a local text (an override): table cells beyond the
     * header's width, a table of only a separator row, a list nested deeper than two levels. Each is an error
     * for the user, with its line; a text without problems gives an empty list.
     */
    public static List<Problem> check(String text) {
        List<Problem> problems = new ArrayList<>();
        List<String> lines = Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        int headerCells = -1;
        int tableStart = -1;
        boolean inTable = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            boolean row = line.stripLeading().startsWith("|");
            if (inTable && !row) {
                if (headerCells < 0) {
                    problems.add(new Problem(tableStart, "表に見出しの行がありません（区切りの行 |---| だけです）。"
                            + "「| 見出し1 | 見出し2 |」のように見出しの行を先に書いてください。"));
                }
                inTable = false;
            }
            if (i == lines.size()) {
                break;
            }
            if (row) {
                if (!inTable) {
                    inTable = true;
                    tableStart = i;
                    headerCells = -1;
                }
                String r = line.strip();
                if (r.matches("\\|[\\s:|-]*\\|?")) {
                    continue;
                }
                String inner = r.substring(1, r.endsWith("|") && r.length() > 1 ? r.length() - 1 : r.length());
                int cells = inner.split("\\|", -1).length;
                if (headerCells < 0) {
                    headerCells = cells;
                } else if (cells > headerCells) {
                    problems.add(new Problem(i, "表のこの行のセル（" + cells + " 個）が見出しの行（" + headerCells
                            + " 個）より多くなっています。見出しの行にセルを足すか、この行の「|」を減らしてください。"));
                }
            } else if (line.matches("\\s{4,}- .*")) {
                problems.add(new Problem(i, "箇条書きは2段まで（「- 」と、半角スペース2つの「  - 」）です。"
                        + "この行の字下げを減らすか、文章に書き換えてください。"));
            }
        }
        return problems;
    }

    /** The text of a paragraph, item or cell: the escaped characters of inserted values back as they were. */
    private static String text(String s) {
        return BodyTextFormat.unescape(s);
    }

    /** ア, イ … for the first level; (ア), (イ) … for the second. */
    public static String kana(int index, int depth) {
        String k = index < KANA.length() ? String.valueOf(KANA.charAt(index)) : String.valueOf(index + 1);
        return depth == 0 ? k : "(" + k + ")";
    }

    private static boolean isItem(String line) {
        return line.startsWith("- ") || line.startsWith("  - ") || line.startsWith("    - ");
    }

    private static int paragraph(List<String> lines, int i, List<Block> out) {
        StringBuilder sb = new StringBuilder();
        while (i < lines.size() && !lines.get(i).isBlank() && !isItem(lines.get(i))
                && !lines.get(i).stripLeading().startsWith("|")) {
            sb.append(lines.get(i).strip());
            i++;
        }
        out.add(new Paragraph(List.of(Run.plain(text(sb.toString())))));
        return i;
    }

    private static int list(List<String> lines, int i, List<Block> out) {
        List<String> top = new ArrayList<>();
        List<List<String>> nested = new ArrayList<>();
        while (i < lines.size() && (isItem(lines.get(i)) || continuation(lines.get(i), top))) {
            String line = lines.get(i);
            if (line.startsWith("- ")) {
                top.add(line.substring(2).strip());
                nested.add(new ArrayList<>());
            } else if (isItem(line) && !top.isEmpty()) {
                nested.get(nested.size() - 1).add(line.strip().substring(2).strip());
            } else if (isItem(line)) {
                // a nested item with no parent: treat it as a top-level item
                top.add(line.strip().substring(2).strip());
                nested.add(new ArrayList<>());
            } else {
                int last = top.size() - 1;
                List<String> n = nested.get(last);
                if (n.isEmpty()) {
                    top.set(last, top.get(last) + line.strip());
                } else {
                    n.set(n.size() - 1, n.get(n.size() - 1) + line.strip());
                }
            }
            i++;
        }
        List<ListItem> items = new ArrayList<>();
        for (int k = 0; k < top.size(); k++) {
            List<ListItem> children = new ArrayList<>();
            List<String> n = nested.get(k);
            for (int j = 0; j < n.size(); j++) {
                children.add(new ListItem(kana(j, 1), List.of(Run.plain(text(n.get(j)))), List.of()));
            }
            items.add(new ListItem(kana(k, 0), List.of(Run.plain(text(top.get(k)))), children));
        }
        out.add(new ItemList(items));
        return i;
    }

    /** An indented plain line right after a list item continues that item. */
    private static boolean continuation(String line, List<String> top) {
        return !top.isEmpty() && !line.isBlank() && line.startsWith("  ") && !isItem(line);
    }

    private static int table(List<String> lines, int i, List<Block> out) {
        List<List<String>> rows = new ArrayList<>();
        while (i < lines.size() && lines.get(i).stripLeading().startsWith("|")) {
            String row = lines.get(i).strip();
            i++;
            if (row.matches("\\|[\\s:|-]*\\|?")) {
                continue; // the |---|---| separator
            }
            String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
            List<String> cells = new ArrayList<>();
            for (String c : inner.split("\\|", -1)) {
                cells.add(text(c.strip()));
            }
            rows.add(cells);
        }
        if (rows.isEmpty()) {
            return i;
        }
        List<String> header = rows.get(0);
        List<List<String>> body = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            List<String> cells = new ArrayList<>(r);
            while (cells.size() < header.size()) {
                cells.add("");
            }
            body.add(cells.subList(0, header.size()));
        }
        out.add(Table.of(header, body));
        return i;
    }
}
