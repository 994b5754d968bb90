package jp.policygen.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The shortest edit script of two sequences of ints (code points, or line keys numbered), as java-diff-utils'
 * {@code MyersDiff} finds it: the same greedy walk over the diagonals, the same choice between two equally short
 * paths, so the same changes — {@code MyersDiffTest} holds it to the library on every input it draws.
 *
 * <p>Why not the library itself: it compares a {@code List} of objects through a {@code BiPredicate}, and a
 * 対照表's line pairing diffs thousands of pairs of lines character by character, each character a {@code String}
 * of its own, then wraps the result in patch, delta and chunk objects. In a cold run (every {@code diff} and
 * {@code upgrade} is one) that general path is interpreted and compiled for ints compared in a loop; this is the
 * loop alone.
 */
final class Myers {
    private Myers() {
    }

    /** One change: {@code a[fromA, toA)} replaced by {@code b[fromB, toB)} (either may be empty, not both). */
    record Change(int fromA, int toA, int fromB, int toB) {
    }

    /** A node of the path (as the library's PathNode): a diagonal run ({@code snake}) or the step before one. */
    private static final class Node {
        final int i;
        final int j;
        final boolean snake;
        final boolean bootstrap;
        final Node prev;

        Node(int i, int j, boolean snake, boolean bootstrap, Node prev) {
            this.i = i;
            this.j = j;
            this.snake = snake;
            this.bootstrap = bootstrap;
            this.prev = snake ? prev : prev == null ? null : prev.previousSnake();
        }

        Node previousSnake() {
            if (bootstrap) {
                return null;
            }
            if (!snake && prev != null) {
                return prev.previousSnake();
            }
            return this;
        }
    }

    /** The changes that turn {@code a} into {@code b}, in order; none when they are equal. */
    static List<Change> diff(int[] a, int[] b) {
        Node path = path(a, b);
        List<Change> changes = new ArrayList<>();
        if (path.snake) {
            path = path.prev;
        }
        while (path != null && path.prev != null && path.prev.j >= 0) {
            int i = path.i;
            int j = path.j;
            path = path.prev;
            changes.add(new Change(path.i, i, path.j, j));
            if (path.snake) {
                path = path.prev;
            }
        }
        java.util.Collections.reverse(changes);
        return changes;
    }

    private static Node path(int[] orig, int[] rev) {
        int n = orig.length;
        int m = rev.length;
        int max = n + m + 1;
        int size = 1 + 2 * max;
        int middle = size / 2;
        Node[] diagonal = new Node[size];
        diagonal[middle + 1] = new Node(0, -1, true, true, null);
        for (int d = 0; d < max; d++) {
            for (int k = -d; k <= d; k += 2) {
                int kmiddle = middle + k;
                int kplus = kmiddle + 1;
                int kminus = kmiddle - 1;
                Node prev;
                int i;
                if (k == -d || k != d && diagonal[kminus].i < diagonal[kplus].i) {
                    i = diagonal[kplus].i;
                    prev = diagonal[kplus];
                } else {
                    i = diagonal[kminus].i + 1;
                    prev = diagonal[kminus];
                }
                diagonal[kminus] = null; // no longer used
                int j = i - k;
                Node node = new Node(i, j, false, false, prev);
                while (i < n && j < m && orig[i] == rev[j]) {
                    i++;
                    j++;
                }
                if (i != node.i) {
                    node = new Node(i, j, true, false, node);
                }
                diagonal[kmiddle] = node;
                if (i >= n && j >= m) {
                    return node;
                }
            }
            diagonal[middle + d - 1] = null;
        }
        throw new IllegalStateException("no diff path"); // cannot happen: d = n + m always reaches the end
    }
}
