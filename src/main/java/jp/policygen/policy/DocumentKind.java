package jp.policygen.policy;

/** The kinds of document, named as in manifest.json and snapshot.json. */
public enum DocumentKind implements ValueId {
    BASIC_POLICY("basic-policy"),
    STANDARD("standard"),
    /** 情報セキュリティポリシー: the 基本方針 and the 対策基準 as one rule in parts (第１編, 第２編; policy.rules: one). */
    POLICY("policy"),
    CLOUD_PROVISIONS("cloud-provisions"),
    ROLES("roles"),
    COMPARISON("comparison"),
    UPGRADE_REPORT("upgrade-report"),
    /** 独自変更一覧: the body's own changes to the standard text. */
    LOCAL_CHANGES("local-changes"),
    /** 改め文: the amending rule that makes a revision by its sentences (改め文方式). */
    AMENDMENT("amendment"),
    /** 適合表: the policy against 地方自治法施行規則第16条の3, 号 by 号. */
    CONFORMITY("conformity"),
    /** 基本方針（公表用）: the 基本方針 as published under 地方自治法第244条の6 (no handling mark, no 改定履歴). */
    BASIC_POLICY_PUBLIC("basic-policy-public"),
    /** 機器等及び役務の調達に係る選定基準 (総行サ第42号 別紙1), cited from the 対策基準's procurement clauses. */
    SELECTION_CRITERIA("selection-criteria");

    private final String id;

    DocumentKind(String id) {
        this.id = id;
    }

    /** The name used in JSON and in the catalog's edition.yaml. */
    public String id() {
        return id;
    }

    /** How a clause's place is cited in a list: 「対策基準 6.2(1)」, 「特則 5」. */
    public String shortName() {
        return switch (this) {
            case BASIC_POLICY -> "基本方針";
            case STANDARD -> "対策基準";
            case POLICY -> "ポリシー";
            case CLOUD_PROVISIONS -> "特則";
            case ROLES -> "権限・責任等一覧表";
            case COMPARISON -> "新旧対照表";
            case UPGRADE_REPORT -> "移行報告";
            case LOCAL_CHANGES -> "独自変更一覧";
            case AMENDMENT -> "改め文";
            case CONFORMITY -> "適合表";
            case BASIC_POLICY_PUBLIC -> "基本方針";
            case SELECTION_CRITERIA -> "選定基準";
        };
    }

    /**
     * Whether the kind came after the documents generate numbered first (01_ … 05_独自変更一覧): its files are numbered
     * after those, so the names of the files a body already has stay as they were.
     */
    public boolean numberedLast() {
        return this == CONFORMITY || this == BASIC_POLICY_PUBLIC || this == SELECTION_CRITERIA;
    }

    public static DocumentKind fromId(String id) {
        return ValueId.of(DocumentKind.class, id);
    }
}
