package jp.policygen.law;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.policygen.policy.Block;
import jp.policygen.policy.Document;
import jp.policygen.policy.DocumentInfo;
import jp.policygen.policy.DocumentKind;
import jp.policygen.policy.Origin;
import jp.policygen.policy.Policy;
import jp.policygen.policy.Section;
import jp.policygen.policy.SectionLevel;
import jp.policygen.profile.Profile;
import jp.policygen.profile.Wareki;

/**
 * 基本方針（公表用）: the 基本方針 as the body publishes it under 地方自治法第244条の6第2項 — the same text, no handling
 * mark, no 改定履歴 (its notes are the office's own), and the day the body publishes it (law.published, else the
 * 施行日) at its end.
 */
public final class PublicBasicPolicy {
    public static final String TITLE_SUFFIX = "（公表用）";

    private PublicBasicPolicy() {
    }

    /** The public version, or empty when the body's policy has no 基本方針. */
    public static Optional<Document> of(Policy policy, Profile profile) {
        Optional<Document> basic = policy.documents().stream().filter(d -> d.kind() == DocumentKind.BASIC_POLICY).findFirst()
                .or(() -> policy.documents().stream().filter(d -> d.kind() == DocumentKind.POLICY).findFirst()
                        .flatMap(PublicBasicPolicy::firstPart));
        if (basic.isEmpty()) {
            return Optional.empty();
        }
        Document d = basic.get();
        DocumentInfo i = d.info();
        DocumentInfo info = new DocumentInfo(i.bodyName(), i.version(), i.effective(), i.adoption(), "", List.of(), i.form(),
                i.landscape());
        List<Section> sections = new ArrayList<>(d.sections());
        String day = Wareki.format(profile.law().published().orElse(profile.policy().effective()));
        sections.add(new Section("basic-policy-public.published", SectionLevel.CHAPTER, "", "", "公表", "",
                Origin.GUIDELINE, "", List.of(Block.Paragraph.of(day + "　" + profile.municipality().name())), List.of()));
        return Optional.of(new Document(DocumentKind.BASIC_POLICY_PUBLIC, d.title() + TITLE_SUFFIX, info, sections));
    }

    /**
     * One rule in parts (policy.rules: one) publishes its 第１編, the 基本方針, as its 第１条 says: the 編's articles under
     * the 編's title, numbered as in the rule (the 第１編 comes first, so its articles are 第１条 on).
     */
    private static Optional<Document> firstPart(Document rule) {
        return rule.sections().stream().filter(s -> !s.children().isEmpty() && s.partUnit().equals("編")).findFirst()
                .map(part -> new Document(DocumentKind.BASIC_POLICY, part.title(), rule.info(), part.children()));
    }
}
