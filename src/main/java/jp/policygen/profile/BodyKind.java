package jp.policygen.profile;

import java.util.List;

import jp.policygen.policy.ValueId;

/** The kind of local body, which decides how it names itself (本市), its head (市長) and its offices. */
public enum BodyKind implements ValueId {
    PREFECTURE("prefecture", "本県", "知事", "県庁", "知事部局"),
    DESIGNATED_CITY("designated-city", "本市", "市長", "市役所", "市長部局"),
    CORE_CITY("core-city", "本市", "市長", "市役所", "市長部局"),
    SPECIAL_WARD("special-ward", "本区", "区長", "区役所", "区長部局"),
    CITY("city", "本市", "市長", "市役所", "市長部局"),
    TOWN("town", "本町", "町長", "町役場", "町長部局"),
    VILLAGE("village", "本村", "村長", "村役場", "村長部局");

    private final String id;
    private final String self;
    private final String head;
    private final String office;
    private final String headOffice;

    BodyKind(String id, String self, String head, String office, String headOffice) {
        this.id = id;
        this.self = self;
        this.head = head;
        this.office = office;
        this.headOffice = headOffice;
    }

    public String id() {
        return id;
    }

    public static List<String> ids() {
        return ValueId.ids(BodyKind.class);
    }

    public static BodyKind fromId(String id) {
        for (BodyKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        return null;
    }

    /** 本市 / 本県 …; a prefecture is 本都, 本道 or 本府 when its name ends so. */
    public String self(String name) {
        if (this == PREFECTURE) {
            return "本" + prefectureSuffix(name);
        }
        return self;
    }

    public String head() {
        return head;
    }

    public String office(String name) {
        if (this == PREFECTURE) {
            return prefectureSuffix(name) + "庁";
        }
        return office;
    }

    /** The organs a 基本方針 covers when the profile lists none. */
    public List<String> defaultScope() {
        String suffix = this == PREFECTURE ? null : headOffice;
        if (this == PREFECTURE) {
            return List.of("知事部局", "議会事務局", "教育委員会", "選挙管理委員会", "人事委員会", "監査委員",
                    "労働委員会", "収用委員会");
        }
        if (this == SPECIAL_WARD) {
            return List.of(suffix, "議会事務局", "教育委員会", "選挙管理委員会", "監査委員");
        }
        return List.of(suffix, "議会事務局", "教育委員会", "選挙管理委員会", "監査委員", "農業委員会",
                "固定資産評価審査委員会");
    }

    private static String prefectureSuffix(String name) {
        if (name != null && !name.isEmpty()) {
            char last = name.charAt(name.length() - 1);
            if (last == '都' || last == '道' || last == '府' || last == '県') {
                return String.valueOf(last);
            }
        }
        return "県";
    }
}
