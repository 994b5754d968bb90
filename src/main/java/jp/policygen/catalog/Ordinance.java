package jp.policygen.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * 地方自治法施行規則第16条の3第1項 as the catalog maps it (templates/law-16-3.yaml): the titles of its eight 号 and,
 * for each clause id of the 対策基準 and the 特則 in any edition, the 号 (and part of it) the clause implements.
 *
 * @param numbers 号 (1–8) → its short title, in order
 * @param clauses clause id → what it implements
 */
public record Ordinance(Map<Integer, String> numbers, Map<String, Assignment> clauses) {
    static final String FILE = "law-16-3.yaml";
    /** The value of a clause that serves every 号 and meets none by itself (purpose, definitions, 附則). */
    static final String GENERAL = "総則";

    public Ordinance {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
        clauses = Collections.unmodifiableMap(new LinkedHashMap<>(clauses));
    }

    /**
     * @param number the 号 (1–8), or 0 for a clause that serves all (総則)
     * @param part   the part of the 号 (情報の収集, 開発・導入・保守, 業務委託 …), "" for the 号 as a whole
     */
    public record Assignment(int number, String part) {
        public boolean general() {
            return number == 0;
        }
    }

    public Optional<Assignment> of(String clauseId) {
        return Optional.ofNullable(clauses.get(clauseId));
    }

    static Ordinance read(Map<String, Object> y, String file) {
        Map<Integer, String> numbers = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) Catalog.map(y.get("numbers"), file)).entrySet()) { // keys are YAML ints
            numbers.put(Integer.valueOf(String.valueOf(e.getKey())), String.valueOf(e.getValue()));
        }
        if (!numbers.keySet().equals(java.util.Set.of(1, 2, 3, 4, 5, 6, 7, 8))) {
            throw new CatalogException(file + ": numbers: must list the 号 1 to 8");
        }
        Map<String, Assignment> clauses = new LinkedHashMap<>();
        Catalog.map(y.get("clauses"), file).forEach((id, v) -> {
            String s = String.valueOf(v).strip();
            if (s.equals(GENERAL)) {
                clauses.put(id, new Assignment(0, ""));
                return;
            }
            String[] parts = s.split("\\s+", 2);
            int n;
            try {
                n = Integer.parseInt(parts[0]);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (!numbers.containsKey(n)) {
                throw new CatalogException(file + ": " + id + ": '" + s + "' is neither 1–8 (with an optional part) nor "
                        + GENERAL);
            }
            clauses.put(id, new Assignment(n, parts.length > 1 ? parts[1] : ""));
        });
        return new Ordinance(numbers, clauses);
    }
}
