package jp.policygen.importer;

/**
 * A paragraph of the file as a reader gives it, before it is classified: its text (with the number a reader sees,
 * Word's automatic numbering already resolved) and where it stands.
 *
 * @param text     the paragraph's text, number included
 * @param location 行 12 / 段落 40 / 3ページ …
 */
public record SourceLine(String text, String location) {
}
