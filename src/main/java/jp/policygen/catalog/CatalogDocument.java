package jp.policygen.catalog;

import java.util.List;
import java.util.Optional;

import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.SectionLevel;

/**
 * A document of an edition: its clause tree, or for the 権限・責任等一覧表 its roles matrix.
 *
 * @param internal for internal use only: pages carry the handling mark (取扱注意)
 * @param when     condition for the whole document (第4編 only with the ガバメントクラウド)
 * @param articleLevel in article form (例規形式), the level whose clauses become 条: {@link SectionLevel#CHAPTER} or
 *                     {@link SectionLevel#ITEM} (edition.yaml's articles: chapter | item)
 */
public record CatalogDocument(DocumentKind kind, String title, boolean internal, Optional<String> when,
                              SectionLevel articleLevel, List<Clause> clauses, Optional<RolesMatrix> roles) {
    public CatalogDocument {
        clauses = List.copyOf(clauses);
    }
}
