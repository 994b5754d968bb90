package jp.policygen.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarekiTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "2026-04-01, 令和8年4月1日",
            "2018-04-01, 平成30年4月1日",
            "2019-04-30, 平成31年4月30日",
            "2019-05-01, 令和元年5月1日",
            "2019-12-31, 令和元年12月31日",
            "2020-01-01, 令和2年1月1日",
            "1989-01-07, 昭和64年1月7日",
            "1989-01-08, 平成元年1月8日",
            "2025-04-01, 令和7年4月1日",
    })
    void formatsDatesAcrossEraBoundaries(LocalDate date, String expected) {
        assertEquals(expected, Wareki.format(date));
    }
}
