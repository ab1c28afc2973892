package org.virtfx.icons;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict reader of SVG path data, written for the icon tests.
 *
 * <p>It tokenizes the data (commands {@code MmLlHhVvCcSsQqTtAaZz} and numbers), checks the grammar (the data starts
 * with a move-to, every command gets whole groups of arguments, arc flags are 0 or 1, arc radii are positive), tracks
 * the absolute position of every end point and control point, and flattens each subpath to a polygon so the tests can
 * compute winding numbers. Arc flags must be separated like any other number (no compact {@code "011"} form).
 */
final class PathData {

    /** A point in view-box units. */
    record Point(double x, double y) {
    }

    /** One closed or open subpath, flattened to a polygon. */
    record Subpath(List<Point> polygon, boolean closed) {
    }

    private static final String COMMANDS = "MmLlHhVvCcSsQqTtAaZz";
    private static final int CURVE_STEPS = 16;

    private final List<Point> tracked = new ArrayList<>();
    private final List<Subpath> subpaths = new ArrayList<>();

    private PathData() {
    }

    /**
     * Reads path data.
     *
     * @param data the SVG path data
     * @return the parsed path
     * @throws IllegalArgumentException if the data is not valid path data
     */
    static PathData parse(String data) {
        PathData path = new PathData();
        path.read(tokenize(data));
        return path;
    }

    /** Every end point and control point of the path, in absolute coordinates. */
    List<Point> trackedPoints() {
        return List.copyOf(tracked);
    }

    /** The subpaths, flattened (arcs and curves become short line segments). */
    List<Subpath> subpaths() {
        return List.copyOf(subpaths);
    }

    /**
     * Returns the winding number of the path around a point: its subpaths count +1 for every clockwise turn (on
     * screen, y down) and -1 for every counter-clockwise turn around it.
     */
    int winding(double x, double y) {
        int winding = 0;
        for (Subpath subpath : subpaths) {
            List<Point> p = subpath.polygon();
            for (int i = 0; i < p.size(); i++) {
                Point a = p.get(i);
                Point b = p.get((i + 1) % p.size());
                double side = (b.x() - a.x()) * (y - a.y()) - (x - a.x()) * (b.y() - a.y());
                if (a.y() <= y && b.y() > y && side > 0) {
                    winding++;
                } else if (a.y() > y && b.y() <= y && side < 0) {
                    winding--;
                }
            }
        }
        return winding;
    }

    // ------------------------------------------------------------------------------------------------- tokenizer

    /**
     * Splits path data into tokens: a {@link Character} for each command letter and a {@link Double} for each number.
     *
     * @throws IllegalArgumentException on any other character or a malformed number
     */
    static List<Object> tokenize(String data) {
        List<Object> tokens = new ArrayList<>();
        int i = 0;
        while (i < data.length()) {
            char c = data.charAt(i);
            if (Character.isWhitespace(c) || c == ',') {
                i++;
            } else if (COMMANDS.indexOf(c) >= 0) {
                tokens.add(c);
                i++;
            } else {
                int end = numberEnd(data, i);
                tokens.add(Double.parseDouble(data.substring(i, end)));
                i = end;
            }
        }
        return tokens;
    }

    private static int numberEnd(String s, int start) {
        int i = start;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            throw new IllegalArgumentException("unexpected character '" + s.charAt(start) + "' at " + start);
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int mark = i++;
            if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                throw new IllegalArgumentException("malformed exponent at " + mark);
            }
        }
        return i;
    }

    // ---------------------------------------------------------------------------------------------------- parser

    private double x;
    private double y;
    private double startX;
    private double startY;
    private double lastControlX;
    private double lastControlY;
    private char previous;
    private List<Point> polygon;

    private void read(List<Object> tokens) {
        if (tokens.isEmpty() || !(tokens.get(0) instanceof Character head) || Character.toUpperCase(head) != 'M') {
            throw new IllegalArgumentException("path data must start with a move-to");
        }
        int i = 0;
        while (i < tokens.size()) {
            if (!(tokens.get(i) instanceof Character command)) {
                throw new IllegalArgumentException("number " + tokens.get(i) + " where a command was expected");
            }
            i++;
            int arity = arity(command);
            if (arity == 0) {
                execute(command, new double[0]);
                continue;
            }
            boolean first = true;
            do {
                double[] args = new double[arity];
                for (int k = 0; k < arity; k++) {
                    if (i >= tokens.size() || !(tokens.get(i) instanceof Double number)) {
                        throw new IllegalArgumentException("command " + command + " needs " + arity + " numbers");
                    }
                    args[k] = number;
                    i++;
                }
                char effective = command;
                if (!first && Character.toUpperCase(command) == 'M') {
                    effective = command == 'M' ? 'L' : 'l';     // further pairs after a move-to are line-tos
                }
                execute(effective, args);
                first = false;
            } while (i < tokens.size() && tokens.get(i) instanceof Double);
        }
        finishSubpath(false);
    }

    private static int arity(char command) {
        return switch (Character.toUpperCase(command)) {
            case 'Z' -> 0;
            case 'H', 'V' -> 1;
            case 'M', 'L', 'T' -> 2;
            case 'S', 'Q' -> 4;
            case 'C' -> 6;
            case 'A' -> 7;
            default -> throw new IllegalArgumentException("unknown command " + command);
        };
    }

    private void execute(char command, double[] a) {
        boolean relative = Character.isLowerCase(command);
        double ox = relative ? x : 0;
        double oy = relative ? y : 0;
        char upper = Character.toUpperCase(command);
        switch (upper) {
            case 'M' -> {
                finishSubpath(false);
                moveTo(ox + a[0], oy + a[1]);
            }
            case 'L' -> lineTo(ox + a[0], oy + a[1]);
            case 'H' -> lineTo(ox + a[0], y);
            case 'V' -> lineTo(x, oy + a[0]);
            case 'C' -> cubic(ox + a[0], oy + a[1], ox + a[2], oy + a[3], ox + a[4], oy + a[5]);
            case 'S' -> {
                boolean smooth = "CS".indexOf(Character.toUpperCase(previous)) >= 0;
                cubic(smooth ? 2 * x - lastControlX : x, smooth ? 2 * y - lastControlY : y,
                        ox + a[0], oy + a[1], ox + a[2], oy + a[3]);
            }
            case 'Q' -> quadratic(ox + a[0], oy + a[1], ox + a[2], oy + a[3]);
            case 'T' -> {
                boolean smooth = "QT".indexOf(Character.toUpperCase(previous)) >= 0;
                quadratic(smooth ? 2 * x - lastControlX : x, smooth ? 2 * y - lastControlY : y, ox + a[0], oy + a[1]);
            }
            case 'A' -> arc(a[0], a[1], a[2], flag(a[3]), flag(a[4]), ox + a[5], oy + a[6]);
            case 'Z' -> {
                finishSubpath(true);
                moveTo(startX, startY);
            }
            default -> throw new IllegalArgumentException("unknown command " + command);
        }
        previous = command;
    }

    private static boolean flag(double value) {
        if (value != 0 && value != 1) {
            throw new IllegalArgumentException("arc flag must be 0 or 1, was " + value);
        }
        return value == 1;
    }

    private void moveTo(double px, double py) {
        x = px;
        y = py;
        startX = px;
        startY = py;
        track(px, py);
        polygon = new ArrayList<>(List.of(new Point(px, py)));
    }

    private void lineTo(double px, double py) {
        x = px;
        y = py;
        track(px, py);
        polygon.add(new Point(px, py));
    }

    private void cubic(double x1, double y1, double x2, double y2, double px, double py) {
        track(x1, y1);
        track(x2, y2);
        double x0 = x;
        double y0 = y;
        for (int s = 1; s <= CURVE_STEPS; s++) {
            double t = (double) s / CURVE_STEPS;
            double u = 1 - t;
            polygon.add(new Point(u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * px,
                    u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * py));
        }
        lineTo(px, py);
        lastControlX = x2;
        lastControlY = y2;
    }

    private void quadratic(double x1, double y1, double px, double py) {
        track(x1, y1);
        double x0 = x;
        double y0 = y;
        for (int s = 1; s <= CURVE_STEPS; s++) {
            double t = (double) s / CURVE_STEPS;
            double u = 1 - t;
            polygon.add(new Point(u * u * x0 + 2 * u * t * x1 + t * t * px, u * u * y0 + 2 * u * t * y1 + t * t * py));
        }
        lineTo(px, py);
        lastControlX = x1;
        lastControlY = y1;
    }

    /** Flattens an elliptical arc, converting SVG's end-point form to centre form (SVG 1.1, appendix F.6.5). */
    private void arc(double rxIn, double ryIn, double angle, boolean large, boolean sweep, double px, double py) {
        if (rxIn <= 0 || ryIn <= 0) {
            throw new IllegalArgumentException("arc radii must be positive");
        }
        double phi = Math.toRadians(angle);
        double cos = Math.cos(phi);
        double sin = Math.sin(phi);
        double dx = (x - px) / 2;
        double dy = (y - py) / 2;
        double x1 = cos * dx + sin * dy;
        double y1 = -sin * dx + cos * dy;
        double rx = rxIn;
        double ry = ryIn;
        double lambda = x1 * x1 / (rx * rx) + y1 * y1 / (ry * ry);
        if (lambda > 1) {
            rx *= Math.sqrt(lambda);
            ry *= Math.sqrt(lambda);
        }
        double numerator = rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1;
        double denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1;
        double k = denominator == 0 ? 0 : Math.sqrt(Math.max(0, numerator / denominator)) * (large == sweep ? -1 : 1);
        double cxPrime = k * rx * y1 / ry;
        double cyPrime = -k * ry * x1 / rx;
        double cx = cos * cxPrime - sin * cyPrime + (x + px) / 2;
        double cy = sin * cxPrime + cos * cyPrime + (y + py) / 2;
        double theta = Math.atan2((y1 - cyPrime) / ry, (x1 - cxPrime) / rx);
        double delta = Math.atan2((-y1 - cyPrime) / ry, (-x1 - cxPrime) / rx) - theta;
        if (sweep && delta < 0) {
            delta += 2 * Math.PI;
        } else if (!sweep && delta > 0) {
            delta -= 2 * Math.PI;
        }
        int steps = Math.max(4, (int) Math.ceil(Math.abs(delta) / (Math.PI / 32)));
        for (int s = 1; s < steps; s++) {
            double t = theta + delta * s / steps;
            double ex = rx * Math.cos(t);
            double ey = ry * Math.sin(t);
            polygon.add(new Point(cx + cos * ex - sin * ey, cy + sin * ex + cos * ey));
        }
        lineTo(px, py);
    }

    private void track(double px, double py) {
        tracked.add(new Point(px, py));
    }

    private void finishSubpath(boolean closed) {
        if (polygon != null && polygon.size() > 1) {
            subpaths.add(new Subpath(List.copyOf(polygon), closed));
        }
        polygon = null;
    }
}
