package jp.policygen.catalog;

/** The small two-edition catalog of src/test/resources/delta-catalog, for tests outside this package. */
public final class CatalogFixture {
    private CatalogFixture() {
    }

    public static Catalog delta() {
        return DeltaTest.fixture();
    }
}
