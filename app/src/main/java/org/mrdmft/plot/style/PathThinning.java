package org.mrdmft.plot.style;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Drops the vertices of a polyline that no one can see: Douglas-Peucker with a tolerance far below a printed pixel,
 * so a curve of 20 000 points becomes a few hundred in the SVG and PDF while drawing the same picture. Paths with
 * curves, or with few vertices, are returned unchanged.
 */
public final class PathThinning {
    /** Below this many vertices a path is left alone. */
    static final int MIN_VERTICES = 64;

    private PathThinning() {
    }

    /** {@code shape} with vertices closer than {@code tolerance} (user units) to the simplified line removed. */
    public static Shape thin(Shape shape, double tolerance) {
        if (!(shape instanceof Path2D) || !(tolerance > 0)) {
            return shape;
        }
        List<double[]> subpaths = new ArrayList<>();
        List<Boolean> closed = new ArrayList<>();
        double[] c = new double[6];
        double[] current = null;
        int n = 0;
        int total = 0;
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            switch (type) {
                case PathIterator.SEG_MOVETO -> {
                    if (current != null) {
                        subpaths.add(java.util.Arrays.copyOf(current, 2 * n));
                        closed.add(false);
                    }
                    current = new double[64];
                    n = 0;
                    current = push(current, n++, c[0], c[1]);
                }
                case PathIterator.SEG_LINETO -> {
                    if (current == null) {
                        return shape;
                    }
                    current = push(current, n++, c[0], c[1]);
                }
                case PathIterator.SEG_CLOSE -> {
                    if (current != null) {
                        subpaths.add(java.util.Arrays.copyOf(current, 2 * n));
                        closed.add(true);
                        current = null;
                    }
                }
                default -> {
                    return shape;
                }
            }
            total++;
        }
        if (current != null) {
            subpaths.add(java.util.Arrays.copyOf(current, 2 * n));
            closed.add(false);
        }
        if (total < MIN_VERTICES) {
            return shape;
        }
        Path2D.Double out = new Path2D.Double(((Path2D) shape).getWindingRule());
        for (int s = 0; s < subpaths.size(); s++) {
            double[] p = subpaths.get(s);
            boolean[] keep = simplify(p, tolerance);
            boolean first = true;
            for (int i = 0; i < keep.length; i++) {
                if (keep[i]) {
                    if (first) {
                        out.moveTo(p[2 * i], p[2 * i + 1]);
                        first = false;
                    } else {
                        out.lineTo(p[2 * i], p[2 * i + 1]);
                    }
                }
            }
            if (closed.get(s)) {
                out.closePath();
            }
        }
        return out;
    }

    private static double[] push(double[] a, int i, double x, double y) {
        double[] b = 2 * i + 2 > a.length ? java.util.Arrays.copyOf(a, 2 * a.length) : a;
        b[2 * i] = x;
        b[2 * i + 1] = y;
        return b;
    }

    /** Douglas-Peucker on the polyline of {@code p} (x0, y0, x1, y1, ...): which vertices stay. */
    static boolean[] simplify(double[] p, double tolerance) {
        int n = p.length / 2;
        boolean[] keep = new boolean[n];
        if (n == 0) {
            return keep;
        }
        keep[0] = true;
        keep[n - 1] = true;
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, n - 1});
        while (!stack.isEmpty()) {
            int[] r = stack.pop();
            int a = r[0];
            int b = r[1];
            if (b - a < 2) {
                continue;
            }
            double ax = p[2 * a];
            double ay = p[2 * a + 1];
            double dx = p[2 * b] - ax;
            double dy = p[2 * b + 1] - ay;
            double length = Math.hypot(dx, dy);
            double worst = -1;
            int at = -1;
            for (int i = a + 1; i < b; i++) {
                double px = p[2 * i] - ax;
                double py = p[2 * i + 1] - ay;
                double d = length == 0 ? Math.hypot(px, py) : Math.abs(px * dy - py * dx) / length;
                if (length > 0) {
                    // beyond the ends of the chord the distance is to the nearer end point
                    double t = (px * dx + py * dy) / (length * length);
                    if (t < 0) {
                        d = Math.hypot(px, py);
                    } else if (t > 1) {
                        d = Math.hypot(p[2 * i] - p[2 * b], p[2 * i + 1] - p[2 * b + 1]);
                    }
                }
                if (d > worst) {
                    worst = d;
                    at = i;
                }
            }
            if (worst > tolerance) {
                keep[at] = true;
                stack.push(new int[] {a, at});
                stack.push(new int[] {at, b});
            }
        }
        return keep;
    }
}
