package se.oroshub.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every package of a module says what it is and which test keeps it so: each production package has a
 * {@code package-info.java} whose Javadoc names at least one test class in a {@code {@code ...}} or {@code {@link ...}}
 * tag ({@code {@code SomethingTest}}, {@code {@code SomethingIT}}), and every test it names exists, in the module itself or, for a test that needs what
 * only another module has (a real broker, every component at once), in another module of the build.
 */
public final class PackageDocumentation {

    private static final Set<String> SKIPPED = Set.of("target", "data", "logs", "node_modules", ".git");
    private static final Pattern NAMED_TEST = Pattern.compile("\\{@(?:code|link)\\s+([A-Z][A-Za-z0-9]*(?:Test|IT))\\}");

    private PackageDocumentation() {}

    /**
     * The problems found in the module at Maven's {@code basedir}: a package without {@code package-info.java}, a
     * package-info naming no test, or naming a test the module does not have. Empty when every package is documented.
     */
    public static List<String> problems() {
        Path module =
                Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        return problems(module.resolve("src/main/java"), buildRoot(module));
    }

    /**
     * The problems of the package sources under {@code mainSources}, the tests they name looked up in every
     * {@code src/test/java} below {@code buildRoot}.
     */
    static List<String> problems(Path mainSources, Path buildRoot) {
        Set<String> tests = testClassNames(buildRoot);
        List<String> problems = new ArrayList<>();
        for (Path dir : packageDirectories(mainSources)) {
            String pkg = mainSources.relativize(dir).toString().replace('/', '.');
            Path info = dir.resolve("package-info.java");
            if (!Files.isRegularFile(info)) {
                problems.add(pkg + " has no package-info.java");
                continue;
            }
            List<String> named = namedTests(read(info));
            if (named.isEmpty()) {
                problems.add(pkg + ": package-info.java names no test that guards the package");
            }
            named.stream()
                    .filter(name -> !tests.contains(name))
                    .forEach(
                            name -> problems.add(pkg + ": package-info.java names " + name + ", which does not exist"));
        }
        return problems;
    }

    private static List<String> namedTests(String text) {
        List<String> names = new ArrayList<>();
        Matcher matcher = NAMED_TEST.matcher(text);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static List<Path> packageDirectories(Path sources) {
        if (!Files.isDirectory(sources)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(sources)) {
            return paths.filter(Files::isDirectory)
                    .filter(PackageDocumentation::holdsJavaSources)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean holdsJavaSources(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top of the build: the nearest folder above {@code module} holding the Maven wrapper. */
    private static Path buildRoot(Path module) {
        for (Path dir = module; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        return module;
    }

    private static Set<String> testClassNames(Path buildRoot) {
        Set<String> names = new HashSet<>();
        try {
            Files.walkFileTree(buildRoot, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    String name =
                            dir.getFileName() == null ? "" : dir.getFileName().toString();
                    return SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".java")
                            && file.toString().replace('\\', '/').contains("/src/test/java/")) {
                        names.add(name.substring(0, name.length() - ".java".length()));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
