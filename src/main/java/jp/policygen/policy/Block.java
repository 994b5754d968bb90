package jp.policygen.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A block of a clause body: a paragraph, a numbered list (ア イ ウ) or a table. */
public sealed interface Block permits Block.Paragraph, Block.ItemList, Block.Table {

    String plainText();

    /** A paragraph of inline runs. */
    record Paragraph(List<Run> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        @Override
        public String plainText() {
            return text();
        }
    }

    /** A list whose item labels (ア, イ / (ア), (イ)) are computed by the resolver. */
    record ItemList(List<ListItem> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }

        @Override
        public String plainText() {
            return items.stream().map(ListItem::plainText).collect(Collectors.joining("\n"));
        }
    }

    /** One list item: its label, its text and an optional nested list. */
    record ListItem(String label, List<Run> runs, List<ListItem> children) {
        public ListItem {
            runs = List.copyOf(runs);
            children = List.copyOf(children);
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        String plainText() {
            StringBuilder sb = new StringBuilder(label).append(' ').append(text());
            for (ListItem c : children) {
                sb.append('\n').append(c.plainText());
            }
            return sb.toString();
        }
    }

    /** A table with one header row; cells are plain text. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
        }

        public int columns() {
            return header.size();
        }

        @Override
        public String plainText() {
            StringBuilder sb = new StringBuilder(String.join("\t", header));
            for (List<String> r : rows) {
                sb.append('\n').append(String.join("\t", r));
            }
            return sb.toString();
        }
    }
}
