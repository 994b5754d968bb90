package jp.policygen.catalog;

/**
 * In a delta edition: the clause {@code here} of this edition continues the clause {@code from} of the edition it is
 * stored against (a rename is one link, a split several links from one id, a merge several links to one id).
 */
public record Link(String from, String here) {
}
