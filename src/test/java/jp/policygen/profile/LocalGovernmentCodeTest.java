package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalGovernmentCodeTest {

    /** Published codes: 北海道, 札幌市, 東京都, 千代田区, 栃木県 (remainder 1 → 0), 埼玉県 (remainder 0 → 1). */
    @ParameterizedTest
    @ValueSource(strings = {"010006", "011002", "130001", "131016", "090000", "110001"})
    void checkDigitMatchesPublishedCodes(String code) {
        assertEquals(code.charAt(5) - '0', LocalGovernmentCode.checkDigit(code.substring(0, 5)));
    }
}
