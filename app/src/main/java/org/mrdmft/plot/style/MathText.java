package org.mrdmft.plot.style;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.awt.geom.AffineTransform;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A label with physics symbols, written in a tiny TeX-like markup and drawn as an attributed string: {@code _x} or
 * {@code _{...}} for a subscript, {@code ^x} or {@code ^{...}} for a superscript, {@code \name} for a Greek letter
 * ({@code \mu}, {@code \Delta}, ...) or a symbol ({@code \|} for ‖, {@code \cdot}, {@code \leftarrow}, ...),
 * {@code \hat{T}} for T̂ and {@code \sqrt{A}} for √A. Unicode may be written directly:
 * {@code MathText.of("‖S^{μ·}‖")} equals {@code MathText.of("\\|S^{\\mu\\cdot}\\|")}. Scripts are drawn smaller
 * (never below {@link PaperStyle#MIN_TEXT} points) on a shifted baseline; {@link PaperGraphics} draws them as text.
 */
public final class MathText {
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"), Map.entry("theta", "θ"),
            Map.entry("kappa", "κ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"),
            Map.entry("xi", "ξ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("chi", "χ"), Map.entry("psi", "ψ"),
            Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"), Map.entry("Theta", "Θ"),
            Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"), Map.entry("Sigma", "Σ"),
            Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"), Map.entry("|", "‖"),
            Map.entry("cdot", "·"), Map.entry("leftarrow", "←"), Map.entry("rightarrow", "→"),
            Map.entry("to", "→"), Map.entry("langle", "⟨"), Map.entry("rangle", "⟩"), Map.entry("infty", "∞"),
            Map.entry("pm", "±"), Map.entry("times", "×"), Map.entry("le", "≤"), Map.entry("ge", "≥"),
            Map.entry("approx", "≈"), Map.entry("partial", "∂"), Map.entry("ell", "ℓ"), Map.entry("minus", "−"),
            Map.entry(",", "\u2009"));
    /** Size of a script relative to its base (before the {@link PaperStyle#MIN_TEXT} floor). */
    static final double SCRIPT_SCALE = 0.75;

    /**
     * One stretch of text at one script level.
     *
     * @param text the characters
     * @param level 0 on the baseline, +1 superscript, -1 subscript (and ±2 for scripts of scripts)
     */
    public record Run(String text, int level) {
    }

    private final List<Run> runs;

    private MathText(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /** Parses {@code markup}; throws IllegalArgumentException naming an unknown command or unbalanced brace. */
    public static MathText of(String markup) {
        List<Run> runs = new ArrayList<>();
        int end = parse(markup, 0, 0, runs, false);
        if (end != markup.length()) {
            throw new IllegalArgumentException("unbalanced '}' at " + end + " in label '" + markup + "'");
        }
        return new MathText(merge(runs));
    }

    /** The runs, adjacent runs of one level merged. */
    public List<Run> runs() {
        return runs;
    }

    /** The characters without script levels, e.g. for a CSV header or a log line. */
    public String plain() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }

    /** The attributed string in {@code base}; scripts get a smaller copy of it with a shifted baseline. */
    public AttributedString attributed(Font base) {
        String text = plain();
        AttributedString s = new AttributedString(text.isEmpty() ? " " : text);
        if (text.isEmpty()) {
            s.addAttribute(TextAttribute.FONT, base);
            return s;
        }
        int at = 0;
        for (Run r : runs) {
            s.addAttribute(TextAttribute.FONT, font(base, r.level()), at, at + r.text().length());
            at += r.text().length();
        }
        return s;
    }

    /** {@code base} for level 0, a smaller font on a raised (superscript) or lowered (subscript) baseline. */
    static Font font(Font base, int level) {
        if (level == 0) {
            return base;
        }
        double size = base.getSize2D();
        double shift = 0;
        for (int k = 0; k < Math.abs(level); k++) {
            double smaller = Math.max(PaperStyle.MIN_TEXT, size * SCRIPT_SCALE);
            shift += level > 0 ? -0.40 * size : 0.22 * size;
            size = Math.min(size, smaller);
        }
        return base.deriveFont((float) size).deriveFont(AffineTransform.getTranslateInstance(0, shift));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MathText m && m.runs.equals(runs);
    }

    @Override
    public int hashCode() {
        return runs.hashCode();
    }

    @Override
    public String toString() {
        return plain();
    }

    /** Parses from {@code i} until the end or an unmatched '}' (returned index), appending runs at {@code level}. */
    private static int parse(String m, int i, int level, List<Run> out, boolean single) {
        StringBuilder text = new StringBuilder();
        while (i < m.length()) {
            char c = m.charAt(i);
            if (c == '}') {
                break;
            }
            if (c == '_' || c == '^') {
                flush(text, level, out);
                int script = level + (c == '^' ? 1 : -1);
                i = argument(m, i + 1, script, out);
            } else if (c == '{') {
                flush(text, level, out);
                i = closing(m, parse(m, i + 1, level, out, false));
            } else if (c == '\\') {
                int j = i + 1;
                while (j < m.length() && Character.isLetter(m.charAt(j))) {
                    j++;
                }
                if (j == i + 1 && j < m.length()) {
                    j++; // a one-character command: \| or \,
                }
                String name = m.substring(i + 1, j);
                if (name.equals("hat") || name.equals("sqrt")) {
                    flush(text, level, out);
                    List<Run> inner = new ArrayList<>();
                    i = argument(m, j, level, inner);
                    inner = merge(inner);
                    String all = inner.stream().map(Run::text).reduce("", String::concat);
                    if (name.equals("hat")) {
                        // the combining circumflex goes right after the first character
                        if (!inner.isEmpty()) {
                            Run first = inner.get(0);
                            inner.set(0, new Run(hat(first.text()), first.level()));
                        }
                        out.addAll(inner);
                    } else if (all.length() == 1) {
                        out.add(new Run("√", level));
                        out.addAll(inner);
                    } else {
                        out.add(new Run("√(", level));
                        out.addAll(inner);
                        out.add(new Run(")", level));
                    }
                } else {
                    String symbol = SYMBOLS.get(name);
                    if (symbol == null) {
                        throw new IllegalArgumentException("unknown command '\\" + name + "' in label '" + m + "'");
                    }
                    text.append(symbol);
                    i = j;
                }
            } else {
                text.append(c);
                i++;
            }
            if (single) {
                break;
            }
        }
        flush(text, level, out);
        return i;
    }

    /** A braced group or a single character (or command) after _, ^, \hat or \sqrt. */
    private static int argument(String m, int i, int level, List<Run> out) {
        if (i >= m.length()) {
            throw new IllegalArgumentException("missing argument at the end of label '" + m + "'");
        }
        if (m.charAt(i) == '{') {
            return closing(m, parse(m, i + 1, level, out, false));
        }
        return parse(m, i, level, out, true);
    }

    private static int closing(String m, int i) {
        if (i >= m.length() || m.charAt(i) != '}') {
            throw new IllegalArgumentException("missing '}' in label '" + m + "'");
        }
        return i + 1;
    }

    /** Puts a combining circumflex over the first character. */
    private static String hat(String arg) {
        return arg.isEmpty() ? "^" : arg.charAt(0) + "\u0302" + arg.substring(1);
    }

    private static void flush(StringBuilder text, int level, List<Run> out) {
        if (!text.isEmpty()) {
            out.add(new Run(text.toString(), level));
            text.setLength(0);
        }
    }

    private static List<Run> merge(List<Run> runs) {
        List<Run> out = new ArrayList<>();
        for (Run r : runs) {
            if (!out.isEmpty() && out.get(out.size() - 1).level() == r.level()) {
                Run last = out.remove(out.size() - 1);
                out.add(new Run(last.text() + r.text(), r.level()));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
