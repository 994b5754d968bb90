package jp.policygen.app;

import java.nio.file.Path;

/**
 * A version of a body's policy to compare: what diff's OLD and NEW can be. Each kind is read its own way
 * ({@link Versions#load}, {@link Versions#earlier}); a new kind (an imported rule…) is one more record here and one
 * more branch there.
 */
public sealed interface Source {
    /** The file or folder the version is read from (for a history entry, the profile whose body it is). */
    Path path();

    /** A profile (.yaml): its policy is made now, numbered as the body's output folder keeps it. */
    record ProfileFile(Path path) implements Source {
    }

    /** A snapshot.json that generate wrote beside the documents. */
    record Snapshot(Path path) implements Source {
    }

    /** A Word file policygen wrote: its snapshot travels inside it. */
    record WordFile(Path path) implements Source {
    }

    /** A generate output folder (DIR/&lt;name&gt;/): its snapshot.json. */
    record GeneratedFolder(Path path) implements Source {
    }

    /** A path that is none of the kinds (a .txt…): reading it says what may be given instead. */
    record Other(Path path) implements Source {
    }

    /**
     * The source a path given by the user names: a folder is a generate output folder, a file is read by its
     * extension. Nothing is read yet; a missing file is said when the version is read.
     */
    static Source of(Path path) {
        if (java.nio.file.Files.isDirectory(path)) {
            return new GeneratedFolder(path);
        }
        String file = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (file.endsWith(".yaml") || file.endsWith(".yml")) {
            return new ProfileFile(path);
        }
        if (file.endsWith(".json")) {
            return new Snapshot(path);
        }
        if (file.endsWith(".docx")) {
            return new WordFile(path);
        }
        return new Other(path);
    }

    /**
     * The latest earlier version of the profile's body kept in the output folder (its own snapshot.json and those
     * under history/), leaving out the one that is the profile's own version: last year's, for "diff PROFILE".
     */
    record HistoryEntry(Path profile) implements Source {
        @Override
        public Path path() {
            return profile;
        }
    }
}
