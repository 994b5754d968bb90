package jp.policygen.render.sheet;

import java.util.List;

/**
 * A one-table document for a meeting: a title, a few header fields (団体名, 版, 作成日 …), a table whose last
 * columns may be left empty for the committee to fill in, and notes under it. The 対策チェックリスト of
 * {@code check} is one; the sheet writers (Word, Excel, HTML) know nothing else of it.
 *
 * @param title   printed first, and the file's title property
 * @param author  the body's name, the file's author property
 * @param fields  header lines, label and value
 * @param columns the table's columns
 * @param rows    the table's rows, one string per column ("" for a cell to fill in)
 * @param notes   lines printed under the table (a legend)
 */
public record Sheet(String title, String author, List<Field> fields, List<Column> columns, List<List<String>> rows,
                    List<String> notes) {
    public Sheet {
        fields = List.copyOf(fields);
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        notes = List.copyOf(notes);
        for (List<String> r : rows) {
            if (r.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + r.size() + " cells in a table of " + columns.size());
            }
        }
    }

    /** One header line: 「団体名」「架空町」. */
    public record Field(String label, String value) {
    }

    /**
     * @param name   the header cell
     * @param width  its share of the page width, in full-width characters (the writers scale the shares)
     * @param fillIn whether the committee writes in it (printed empty with room to write)
     * @param centre whether its cells are centred (short values such as 済)
     * @param choices the values a cell may take (済 / 未対応 / 要確認), offered as a drop-down where the format
     *                has one; empty for free text
     */
    public record Column(String name, int width, boolean fillIn, boolean centre, List<String> choices) {
        public Column {
            choices = List.copyOf(choices);
        }

        public Column(String name, int width, boolean fillIn, boolean centre) {
            this(name, width, fillIn, centre, List.of());
        }
    }
}
