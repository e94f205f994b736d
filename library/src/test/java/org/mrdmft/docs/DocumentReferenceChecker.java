package org.mrdmft.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds references in a source tree to documents or sections that the tree does not contain, so that the
 * repository stays self-contained: a reader can follow every pointer without anything from outside.
 *
 * <p>Checked, in every text file (java, md, yaml, yml, json, ipynb, sh, xml, py; build output, version
 * control and other hidden directories skipped):
 * <ul>
 *   <li>every mention of a markdown document (a path ending in {@code .md}, outside URLs) must name a file
 *       that exists relative to the mentioning file or to the root;</li>
 *   <li>a mention followed by {@code section N}, {@code sections N, M and K} or {@code §N} must find a
 *       heading {@code ## N.} in that document; followed by a one-word {@code (name)}, a heading named so
 *       (or whose first word or anchor is {@code name}); followed by {@code #anchor}, a heading with that
 *       GitHub anchor;</li>
 *   <li>in markdown files, every relative link or image {@code [text](path#anchor)} must point at an
 *       existing file (relative to the markdown file) and, with an anchor, at an existing heading.</li>
 * </ul>
 * Immutable; each {@link #check()} reads the tree afresh.
 */
final class DocumentReferenceChecker {

    /** One dangling reference: where it is and what is missing. */
    record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    private static final Set<String> EXTENSIONS = Set.of("java", "md", "yaml", "yml", "json", "ipynb", "sh", "xml",
            "py");
    private static final Set<String> SKIPPED_DIRECTORIES = Set.of("target", "out", "node_modules");
    /** A document name with an optional relative path, not part of a longer name or of a URL. */
    private static final Pattern MENTION = Pattern.compile("(?<![\\w./-])((?:\\.{1,2}/)*(?:[\\w-]+/)*[\\w.-]+\\.md)\\b");
    /** What may separate a mention from its section: spaces and comment continuations across a line break. */
    private static final String GAP = "(?:[ \\t]+|[ \\t]*\\R[ \\t]*(?:\\*|//|#)?[ \\t]*)";
    private static final Pattern SECTIONS = Pattern.compile("\\A" + GAP
            + "(?:sections?|§)[ \\t]*(\\d+(?:(?:,[ \\t]*|[ \\t]+and[ \\t]+|,[ \\t]*and[ \\t]+)\\d+)*)");
    private static final Pattern NAMED = Pattern.compile("\\A" + GAP + "\\(`?([\\w.-]+)`?\\)");
    private static final Pattern ANCHOR = Pattern.compile("\\A#([\\w-]+)");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]\\n]*\\]\\(([^)\\s]+)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final Path root;
    private final Map<Path, List<String>> headings = new HashMap<>();

    DocumentReferenceChecker(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Every dangling reference under the root, in file order. */
    List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        for (Path file : textFiles()) {
            String text = read(file);
            checkMentions(file, text, problems);
            if (file.getFileName().toString().endsWith(".md")) {
                checkLinks(file, text, problems);
            }
        }
        return problems;
    }

    private List<Path> textFiles() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !skipped(root.relativize(p)))
                    .filter(p -> EXTENSIONS.contains(extension(p)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(Path relative) {
        for (int k = 0; k < relative.getNameCount() - 1; k++) {
            String part = relative.getName(k).toString();
            if (SKIPPED_DIRECTORIES.contains(part) || part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private void checkMentions(Path file, String text, List<Problem> problems) {
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            if (insideUrl(text, m.start()) || text.startsWith("](", m.start() - 2)) {
                continue; // a URL, or a markdown link target (checked as a link)
            }
            String name = m.group(1);
            int line = lineOf(text, m.start());
            Path target = resolve(file, name);
            if (target == null) {
                problems.add(problem(file, line, "refers to " + name + ", which is not in the repository"));
                continue;
            }
            String after = text.substring(m.end(), Math.min(text.length(), m.end() + 200));
            Matcher sections = SECTIONS.matcher(after);
            Matcher named = NAMED.matcher(after);
            Matcher anchor = ANCHOR.matcher(after);
            if (sections.find()) {
                Matcher n = NUMBER.matcher(sections.group(1));
                while (n.find()) {
                    if (!hasNumberedSection(target, n.group())) {
                        problems.add(problem(file, line, name + " has no section " + n.group()));
                    }
                }
            } else if (named.find()) {
                if (!hasNamedSection(target, named.group(1))) {
                    problems.add(problem(file, line, name + " has no section (" + named.group(1) + ")"));
                }
            } else if (anchor.find() && !hasAnchor(target, anchor.group(1))) {
                problems.add(problem(file, line, name + " has no heading #" + anchor.group(1)));
            }
        }
    }

    private void checkLinks(Path file, String text, List<Problem> problems) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                continue; // http:, https:, mailto:
            }
            int line = lineOf(text, m.start());
            int hash = target.indexOf('#');
            String path = hash < 0 ? target : target.substring(0, hash);
            String anchor = hash < 0 ? null : target.substring(hash + 1);
            Path resolved = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
            if (!resolved.startsWith(root) || !Files.exists(resolved)) {
                problems.add(problem(file, line, "links to " + path + ", which is not in the repository"));
            } else if (anchor != null && resolved.toString().endsWith(".md") && !hasAnchor(resolved, anchor)) {
                problems.add(problem(file, line, "links to " + target + ", which has no such heading"));
            }
        }
    }

    /** The mentioned document relative to the mentioning file or the root, or null when neither exists. */
    private Path resolve(Path file, String name) {
        for (Path base : List.of(file.getParent(), root)) {
            Path p = base.resolve(name).normalize();
            if (p.startsWith(root) && Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    private boolean hasNumberedSection(Path doc, String number) {
        return headingsOf(doc).stream().anyMatch(h -> h.startsWith(number + ".") || h.startsWith(number + " "));
    }

    private boolean hasNamedSection(Path doc, String name) {
        for (String h : headingsOf(doc)) {
            String plain = h.replace("`", "");
            String first = plain.split("[\\s:]", 2)[0];
            if (plain.equalsIgnoreCase(name) || first.equalsIgnoreCase(name) || anchorOf(h).equals(anchorOf(name))) {
                return true;
            }
        }
        return false;
    }

    private boolean hasAnchor(Path doc, String anchor) {
        return headingsOf(doc).stream().anyMatch(h -> anchorOf(h).equals(anchor.toLowerCase(Locale.ROOT)));
    }

    /** The GitHub anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
    static String anchorOf(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    /** The heading texts of a markdown document, outside fenced code blocks. */
    private List<String> headingsOf(Path doc) {
        return headings.computeIfAbsent(doc, d -> {
            List<String> out = new ArrayList<>();
            boolean fenced = false;
            for (String line : read(d).split("\\R")) {
                if (line.startsWith("```")) {
                    fenced = !fenced;
                    continue;
                }
                Matcher h = HEADING.matcher(line);
                if (!fenced && h.matches()) {
                    out.add(h.group(2));
                }
            }
            return out;
        });
    }

    private static boolean insideUrl(String text, int start) {
        int from = start;
        while (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '(') {
            from--;
        }
        return text.substring(from, start).contains("://");
    }

    private Problem problem(Path file, int line, String message) {
        return new Problem(root.relativize(file).toString(), line, message);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int k = 0; k < offset; k++) {
            if (text.charAt(k) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
