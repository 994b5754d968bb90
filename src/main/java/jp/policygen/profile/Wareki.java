package jp.policygen.profile;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 和暦 dates as Japanese public documents write them: 令和8年4月1日, with 元年 for an era's first year. */
public final class Wareki {
    private Wareki() {
    }

    /**
     * The eras' names, looked up once: the locale's resource bundle lookup behind {@code getDisplayName} cost
     * about as much as the rest of a date, and a batch formats dozens of dates per body.
     */
    private static final Map<JapaneseEra, String> ERA_NAMES = Stream.of(JapaneseEra.values())
            .collect(Collectors.toUnmodifiableMap(Function.identity(), e -> e.getDisplayName(TextStyle.FULL, Locale.JAPAN)));

    /** 2026-04-01 → 令和8年4月1日; 2019-05-01 → 令和元年5月1日; 2018-04-01 → 平成30年4月1日. */
    public static String format(LocalDate date) {
        JapaneseDate jd = JapaneseDate.from(date);
        JapaneseEra era = jd.getEra();
        // getLong, not get: get checks the range first, which builds a JapaneseImperialCalendar per call
        int year = (int) jd.getLong(ChronoField.YEAR_OF_ERA);
        String eraName = ERA_NAMES.get(era);
        return eraName + (year == 1 ? "元" : Integer.toString(year)) + "年" + date.getMonthValue() + "月"
                + date.getDayOfMonth() + "日";
    }
}
