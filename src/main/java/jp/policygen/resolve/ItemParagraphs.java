package jp.policygen.resolve;

import java.util.ArrayList;
import java.util.List;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.Run;
import jp.policygen.policy.Section;

/**
 * 例規: a 号 (and a 細目 below it) is one paragraph. A clause laid out as a 号 may have several paragraphs in the
 * catalog, as an outline item has (基本方針 6(3): the three 系, the terminals on the Internet segment, the 自治体情報
 * セキュリティクラウド); under an article they would read as loose text that belongs to no 項 and no 号, which a 法規担当
 * returns. Their sentences are joined into the 号's one paragraph, in order, runs kept as written. The outline form
 * keeps its paragraphs.
 */
final class ItemParagraphs {
    private ItemParagraphs() {
    }

    static List<Document> join(List<Document> documents) {
        return documents.stream().map(d -> new Document(d.kind(), d.title(), d.info(),
                d.sections().stream().map(s -> section(s, false)).toList())).toList();
    }

    /** @param inArticle whether {@code s} stands below an article (a 号, a 細目 or a 項 without a number) */
    private static Section section(Section s, boolean inArticle) {
        boolean item = inArticle && !s.label().isEmpty() && !s.isArticle();
        List<Block> blocks = item ? joined(s.blocks()) : s.blocks();
        boolean below = inArticle || s.isArticle();
        return new Section(s.id(), s.level(), s.label(), s.number(), s.title(), s.source(), s.origin(), s.reason(),
                blocks, s.children().stream().map(c -> section(c, below && !c.isArticle())).toList());
    }

    /** Consecutive paragraphs as one; lists and tables stay where they are. */
    private static List<Block> joined(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p && !out.isEmpty() && out.get(out.size() - 1) instanceof Block.Paragraph q) {
                List<Run> runs = new ArrayList<>(q.runs());
                runs.addAll(p.runs());
                out.set(out.size() - 1, new Block.Paragraph(q.number(), runs));
            } else {
                out.add(b);
            }
        }
        return out;
    }
}
