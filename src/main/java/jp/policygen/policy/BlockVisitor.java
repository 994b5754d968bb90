package jp.policygen.policy;

/**
 * One method per kind of block (commonmark-java's visitor idea). Every writer walks blocks through this, so a new
 * kind of block is a compile error in each writer that does not print it yet, rather than a silent gap.
 *
 * @param <R> what a visit gives back
 * @param <X> the checked exception a visit may throw (IOException for a stream, DocumentException for OpenPDF)
 */
public interface BlockVisitor<R, X extends Exception> {

    R paragraph(Block.Paragraph paragraph) throws X;

    R list(Block.ItemList list) throws X;

    R table(Block.Table table) throws X;
}
