package org.newsidx.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Walks the given paths recursively in a stable (sorted) order. Symbolic links are followed, but a
 * folder already on the current path (a link loop) is reported and not entered again.
 */
public final class CorpusWalker {

    /** Documentation that travels with corpora (README, LICENSE, ATTRIBUTION, MANIFEST): not articles. */
    private static final java.util.regex.Pattern CORPUS_DOCUMENTATION = java.util.regex.Pattern.compile(
            "(?i)(readme|license|licence|attribution|manifest|changelog|copying|notice)(\\.[a-z0-9]+)*");

    private final Consumer<CorpusFile> files;
    private final BiConsumer<Path, String> problems;

    /**
     * @param files    receives each regular file
     * @param problems receives a path and a reason for each folder or link that could not be walked
     */
    public CorpusWalker(Consumer<CorpusFile> files, BiConsumer<Path, String> problems) {
        this.files = files;
        this.problems = problems;
    }

    public void walk(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        String display = displayOf(root);
        if (Files.isRegularFile(absolute)) {
            // the same key as when its folder is indexed, so that the two never make duplicates
            Path parent = absolute.getParent();
            String name = absolute.getFileName().toString();
            String parentName = parent == null || parent.getFileName() == null ? "" : parent.getFileName() + "/";
            files.accept(new CorpusFile(absolute, parentName + name, display, parent == null ? "/" : parent.toString()));
            return;
        }
        if (!Files.isDirectory(absolute)) {
            problems.accept(root, Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)
                    ? "not a regular file or folder (a broken link?)" : "no such file or folder");
            return;
        }
        String rootName = absolute.getFileName() == null ? "" : absolute.getFileName().toString();
        walkFolder(absolute, absolute, rootName, display, new HashSet<>());
    }

    private void walkFolder(Path root, Path folder, String rootName, String display, Set<Path> ancestors) {
        Path real;
        try {
            real = folder.toRealPath();
        } catch (IOException e) {
            problems.accept(folder, "cannot resolve folder: " + e.getMessage());
            return;
        }
        if (!ancestors.add(real)) {
            problems.accept(folder, "symbolic link loop (already inside " + real + "), not followed");
            return;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(children::add);
        } catch (IOException | SecurityException e) {
            problems.accept(folder, "cannot list folder: " + e.getMessage());
            ancestors.remove(real);
            return;
        }
        children.sort(null);
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (name.startsWith(".") || CORPUS_DOCUMENTATION.matcher(name).matches()) {
                continue;
            }
            if (Files.isDirectory(child)) {
                walkFolder(root, child, rootName, display, ancestors);
            } else if (Files.isRegularFile(child)) {
                String relative = root.relativize(child).toString().replace('\\', '/');
                String key = rootName.isEmpty() ? relative : rootName + "/" + relative;
                String shown = display.isEmpty() ? relative : display + "/" + relative;
                files.accept(new CorpusFile(child, key, shown, root.toString()));
            } else if (Files.isSymbolicLink(child)) {
                problems.accept(child, "broken symbolic link");
            }
        }
        ancestors.remove(real);
    }

    private static String displayOf(Path root) {
        String s = root.normalize().toString().replace('\\', '/');
        while (s.length() > 1 && s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.equals(".") ? "" : s;
    }
}
