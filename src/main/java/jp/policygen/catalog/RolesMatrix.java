package jp.policygen.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** 第5編 権限・責任等一覧表 as data: roles (columns) and duties (rows, grouped by chapter). */
public record RolesMatrix(List<Role> roles, List<Group> groups) {
    public RolesMatrix {
        roles = List.copyOf(roles);
        groups = List.copyOf(groups);
    }

    /**
     * @param post a data-model variable naming the body's post title (org.ciso), or empty
     * @param text a fixed description when the role has no post in the profile
     * @param shortName the role's name in the column heads of the duties (統括責任者), else its name
     */
    public record Role(String key, String name, Optional<String> post, String text, String shortName) {
        public Role(String key, String name, Optional<String> post, String text) {
            this(key, name, post, text, name);
        }
    }

    /** A group of rows (one chapter of the 対策基準, or the 特則) under its stable id (roles.org). */
    public record Group(String id, String title, String source, List<Duty> duties) {
        public Group {
            duties = List.copyOf(duties);
        }
    }

    /**
     * One row: what each role does for this duty (承認, 実施 …), keyed by role key.
     *
     * @param id      stable id of the row (roles.org.policy), unique in the matrix
     * @param clauses the clauses that set the duty: the row is printed when one of them is in the body's
     *                documents, and cites the numbers they print
     */
    public record Duty(String id, String duty, List<String> clauses, Map<String, String> entries) {
        public Duty {
            clauses = List.copyOf(clauses);
            entries = Map.copyOf(entries);
        }
    }

    /** Every row, in order. */
    public List<Duty> duties() {
        return groups.stream().flatMap(g -> g.duties().stream()).toList();
    }
}
