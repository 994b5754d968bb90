package jp.policygen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jp.policygen.catalog.Catalog;
import jp.policygen.profile.Finding;
import jp.policygen.profile.Profile;
import jp.policygen.profile.ProfileReader;

/** Reads profiles for a command, checking override ids against the catalog of each profile's edition. */
final class Profiles {
    private final ProfileReader reader;

    Profiles(Catalog catalog) {
        this.reader = new ProfileReader(catalog);
    }

    record Loaded(List<Profile> profiles, List<Finding> findings) {
        boolean hasErrors() {
            return findings.stream().anyMatch(Finding::isError);
        }
    }

    Loaded read(List<Path> files) {
        List<Profile> profiles = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Path f : files) {
            ProfileReader.Result r = reader.read(f);
            findings.addAll(r.findings());
            r.profile().ifPresent(profiles::add);
        }
        return new Loaded(profiles, findings);
    }

    static void print(List<Finding> findings, PrintWriter err) {
        for (Finding f : findings) {
            err.println(f.format());
        }
    }
}
