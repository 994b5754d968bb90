package jp.policygen.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A serve started on a temporary folder of profiles copied from the samples, with a {@link Browserless} client:
 * the set-up the serve test classes share. Close it after the class.
 */
final class ServeFixture implements AutoCloseable {
    final Path tmp;
    /** The profiles folder the server was started on. */
    final Path dir;
    /** Where it writes documents (-o). */
    final Path output;
    final ServeApp app;
    final Browserless browser;

    private ServeFixture(Path tmp) throws IOException {
        this.tmp = tmp;
        this.dir = Files.createDirectories(tmp.resolve("profiles"));
        this.output = tmp.resolve("output");
        this.app = ServeApp.start(0, dir, output);
        this.browser = new Browserless(app);
    }

    /** A server on {@code tmp/profiles}, writing to {@code tmp/output}. */
    static ServeFixture start(Path tmp) throws IOException {
        return new ServeFixture(tmp);
    }

    /** Copies a sample of profiles/ (e.g. "kakuu-shi") into the folder as {@code name}.yaml; returns the copy. */
    Path copy(String sample, String name) throws IOException {
        return Files.copy(sample(sample), dir.resolve(name + ".yaml"));
    }

    /** Writes a profile of the folder with this text. */
    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), text);
    }

    Path file(String name) {
        return dir.resolve(name + ".yaml");
    }

    String read(String name) throws IOException {
        return Files.readString(file(name));
    }

    static Path sample(String sample) {
        return Path.of("profiles", sample + ".yaml");
    }

    static String sampleText(String sample) throws IOException {
        return Files.readString(sample(sample));
    }

    @Override
    public void close() {
        app.close();
    }
}
