package se.oroshub.benchmarks;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Writes maps, lists, strings, numbers, booleans and nulls as indented JSON. */
final class Json {

    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, int depth) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            writeEntries(map.entrySet().iterator(), out, depth, '{', '}', true);
        } else if (value instanceof List<?> list) {
            writeEntries(list.iterator(), out, depth, '[', ']', false);
        } else if (value instanceof Double d) {
            out.append(d.isNaN() || d.isInfinite() ? "null" : number(d));
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else {
            string(value.toString(), out);
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void writeEntries(
            Iterator<?> entries, StringBuilder out, int depth, char open, char close, boolean object) {
        out.append(open);
        if (!entries.hasNext()) {
            out.append(close);
            return;
        }
        String indent = "  ".repeat(depth + 1);
        while (entries.hasNext()) {
            out.append('\n').append(indent);
            Object entry = entries.next();
            if (object) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out, depth + 1);
            } else {
                write(entry, out, depth + 1);
            }
            if (entries.hasNext()) {
                out.append(',');
            }
        }
        out.append('\n').append("  ".repeat(depth)).append(close);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
