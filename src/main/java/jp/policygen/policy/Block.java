package jp.policygen.policy;

import java.util.List;
import java.util.stream.Collectors;

/** A block of a clause body: a paragraph, a numbered list (ア イ ウ) or a table. */
public sealed interface Block permits Block.Paragraph, Block.ItemList, Block.Table {

    String plainText();

    /** Calls the visitor's method for this kind of block. */
    <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X;

    /**
     * A paragraph of inline runs. In the 例規 form a paragraph of an article is a 項 and carries its number (２, ３ …)
     * here, apart from the text, so that inserting a 項 changes the next one's number and not its text; writers
     * print the number, a full-width space, then the runs. "" for an unnumbered paragraph.
     */
    record Paragraph(String number, List<Run> runs) implements Block {
        public Paragraph {
            java.util.Objects.requireNonNull(number, "number");
            runs = List.copyOf(runs);
        }

        public Paragraph(List<Run> runs) {
            this("", runs);
        }

        /** This paragraph with the given 項 number. */
        public Paragraph numbered(String paragraphNumber) {
            return new Paragraph(paragraphNumber, runs);
        }

        /** The 項 number and the separating full-width space as printed before the text, or "". */
        public String lead() {
            return number.isEmpty() ? "" : number + "　";
        }

        public static Paragraph of(String text) {
            return new Paragraph(List.of(Run.plain(text)));
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        /** The paragraph as printed: its 項 number, then the text. */
        @Override
        public String plainText() {
            return lead() + text();
        }

        @Override
        public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
            return visitor.paragraph(this);
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

        @Override
        public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
            return visitor.list(this);
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

    /**
     * A table cell: inline runs, so that a changed word inside a cell can be underlined. A line feed in the text
     * starts a new line inside the cell.
     */
    record Cell(List<Run> runs) {
        public Cell {
            runs = List.copyOf(runs);
        }

        public static Cell of(String text) {
            return new Cell(List.of(Run.plain(text)));
        }

        public String text() {
            return runs.stream().map(Run::text).collect(Collectors.joining());
        }

        /** The runs split at line feeds: one list of runs per line of the cell (at least one line). */
        public List<List<Run>> lines() {
            List<List<Run>> lines = new java.util.ArrayList<>();
            List<Run> line = new java.util.ArrayList<>();
            for (Run r : runs) {
                String[] parts = r.text().split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        lines.add(line);
                        line = new java.util.ArrayList<>();
                    }
                    if (!parts[i].isEmpty()) {
                        line.add(new Run(parts[i], r.underline()));
                    }
                }
            }
            lines.add(line);
            return lines;
        }
    }

    /**
     * A table with one header row. {@link #header()} and {@link #rows()} give the cells' plain text (what layout
     * measures); the cells themselves carry runs. {@code weights}, when given (one per column), fix the columns'
     * shares of the width instead of measuring the content: the 新旧対照表 gives 改正後 and 改正前 the same width.
     */
    record Table(List<Cell> headerCells, List<List<Cell>> rowCells, List<Double> weights) implements Block {
        public Table {
            headerCells = List.copyOf(headerCells);
            rowCells = rowCells.stream().map(List::copyOf).toList();
            weights = List.copyOf(weights);
        }

        /** A table whose column widths follow its content ({@code render.ColumnLayout}). */
        public Table(List<Cell> headerCells, List<List<Cell>> rowCells) {
            this(headerCells, rowCells, List.of());
        }

        /** A table of plain-text cells. */
        public static Table of(List<String> header, List<List<String>> rows) {
            return new Table(header.stream().map(Cell::of).toList(),
                    rows.stream().map(r -> r.stream().map(Cell::of).toList()).toList());
        }

        public int columns() {
            return headerCells.size();
        }

        /** The header cells as plain text. */
        public List<String> header() {
            return headerCells.stream().map(Cell::text).toList();
        }

        /** The body rows as plain text. */
        public List<List<String>> rows() {
            return rowCells.stream().map(r -> r.stream().map(Cell::text).toList()).toList();
        }

        @Override
        public String plainText() {
            StringBuilder sb = new StringBuilder(String.join("\t", header()));
            for (List<String> r : rows()) {
                sb.append('\n').append(String.join("\t", r));
            }
            return sb.toString();
        }

        @Override
        public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
            return visitor.table(this);
        }
    }
}
