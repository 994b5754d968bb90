package jp.policygen.upgrade;

/** Profiles shared by the upgrade tests of this package and of the command line. */
public final class UpgraderTestProfiles {
    private UpgraderTestProfiles() {
    }

    /** A β town on 令和5年3月版: one override on a clause 2024-10 changed, one on a clause it kept. */
    public static final String TOWN_2023 = UpgraderTest.TOWN_2023;
}
