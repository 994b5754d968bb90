package jp.policygen.cli;

import java.util.List;
import java.util.Set;

/**
 * Class initialisation a command that reads a profile and the catalog will need, begun on the second core while
 * picocli builds its model of the command line on the first (a fifth of a cold check's main thread, before any of
 * the command's own work): FreeMarker's configuration and object wrapper classes, SnakeYAML's parser, and the
 * bootstrap records' equals and hashCode link on first use. Initialising a class has no effect but its own, and the
 * JVM makes a thread that needs a class under initialisation wait for it; the command itself meets and reports any
 * failure, so this thread ignores them.
 */
final class Warmup {
    private static final Set<String> COMMANDS = Set.of("check", "generate", "diff", "upgrade", "sections", "import");
    private static final List<String> CLASSES = List.of("freemarker.template.Configuration",
            "freemarker.template.DefaultObjectWrapper", "freemarker.core.BuiltIn", "freemarker.core.FMParser",
            "org.yaml.snakeyaml.parser.ParserImpl", "org.yaml.snakeyaml.scanner.ScannerImpl",
            "org.yaml.snakeyaml.composer.Composer");

    private Warmup() {
    }

    static void start(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return;
        }
        Thread warm = new Thread(() -> {
            try {
                ClassLoader loader = Warmup.class.getClassLoader();
                for (String name : CLASSES) {
                    Class.forName(name, true, loader);
                }
                // the first record's hashCode links java.lang.runtime.ObjectMethods (the catalog's edition index);
                // any id will do (no edition named here: templates/editions.yaml is the one list of them)
                new jp.policygen.profile.EditionId(2000, 1).hashCode();
            } catch (Throwable e) {
                // only a head start: the command initialises the same classes and reports what fails
            }
        }, "policygen-warm");
        warm.setDaemon(true);
        warm.start();
    }
}
