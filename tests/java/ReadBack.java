// Reads back generated Java packages through their public API (by reflection, so that one
// program serves every package): for each argument `key=package=Prefix` (Prefix: the product's
// short name, which names the package's `PrefixErrors` and `PrefixException`), one line
// `READBACK <key> <json>` with every entry, category, lookup and header result. JSON strings
// escape every character outside printable ASCII as backslash-u and four hex digits (UTF-16 units), so that lone
// surrogates come back to Python exactly.

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

public final class ReadBack {
    private ReadBack() {
    }

    static Object call(Object target, String name, Object... args) throws Exception {
        Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length) {
                Object out = m.invoke(target instanceof Class ? null : target, args);
                if (out instanceof Optional) {
                    return ((Optional<?>) out).orElse(null);
                }
                if (out instanceof OptionalInt) {
                    OptionalInt o = (OptionalInt) out;
                    return o.isPresent() ? (Object) o.getAsInt() : null;
                }
                if (out instanceof OptionalLong) {
                    OptionalLong o = (OptionalLong) out;
                    return o.isPresent() ? (Object) o.getAsLong() : null;
                }
                return out;
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name + "/" + args.length);
    }

    static String json(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String) {
            String s = (String) value;
            out.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    out.append('\\').append(c);
                } else if (c < 0x20 || c > 0x7e) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
            out.append('"');
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, String.valueOf(e.getKey()));
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List) {
            out.append('[');
            boolean first = true;
            for (Object item : (List<?>) value) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(out, item);
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not JSON: " + value.getClass());
        }
    }

    static List<Object> pairs(List<?> infos) throws Exception {
        List<Object> out = new ArrayList<>();
        for (Object info : infos) {
            out.add(list(call(call(info, "category"), "id"), call(info, "name")));
        }
        return out;
    }

    static Map<String, Object> read(String pkg, String prefix) throws Exception {
        Class<?> errors = Class.forName(pkg + "." + prefix + "Errors");
        boolean symbolic = hasClass(pkg + ".ErrorCode");
        List<?> all = (List<?>) call(errors, "all");
        List<String> locales = symbolic ? new ArrayList<>() : castStrings(call(errors, "locales"));
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> entries = new ArrayList<>();
        Map<String, Object> lookups = new LinkedHashMap<>();
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Object info : all) {
            Map<String, Object> e = new LinkedHashMap<>();
            Object code = call(info, "code");
            e.put("category", call(call(info, "category"), "id"));
            e.put("code", code);
            e.put("name", call(info, "name"));
            e.put("description", call(info, "description"));
            e.put("action", call(info, "action"));
            e.put("deprecated", call(info, "deprecated"));
            List<Object> refs = new ArrayList<>();
            for (Object s : (List<?>) call(info, "seeAlso")) {
                refs.add(list(call(s, "set"), call(s, "category"), call(s, "code")));
            }
            e.put("see_also", refs);
            if (symbolic) {
                e.put("http_status", call(info, "httpStatus"));
                e.put("http_reason", call(info, "httpReason"));
            } else {
                // The constant itself: its annotation and its type.
                e.put("annotated", info.getClass().getField((String) call(info, "name")).isAnnotationPresent(Deprecated.class));
                e.put("type", info.getClass().getSimpleName());
                Map<String, Object> texts = new LinkedHashMap<>();
                for (String locale : locales) {
                    Object t = call(info, "text", locale);
                    texts.put(locale, list(call(t, "description"), call(t, "action")));
                }
                e.put("texts", texts);
            }
            entries.add(e);
            String key = String.valueOf(code);
            lookups.put(key, pairs((List<?>) call(errors, "lookup", code)));
            if (!symbolic) {
                headers.put(key, pairs((List<?>) call(errors, "fromHeader", " \t" + code + "\r\n")));
                try {
                    call(errors, "raiseForHeader", key + "\n");
                    headers.put(key + " raise", "returned");
                } catch (java.lang.reflect.InvocationTargetException thrown) {
                    Object x = thrown.getCause();
                    headers.put(key + " raise", list(x.getClass().getSimpleName(), String.valueOf(call(x, "code")), pairs((List<?>) call(x, "errors"))));
                }
            }
        }
        out.put("entries", entries);
        out.put("lookups", lookups);
        out.put("headers", headers);
        List<Object> categories = new ArrayList<>();
        for (Object c : (List<?>) call(errors, "categories")) {
            List<Object> row = list(call(c, "id"), call(c, "title"), call(c, "fallback"));
            for (String locale : locales) {
                row.add(call(c, "title", locale));
                row.add(call(c, "fallback", locale));
            }
            categories.add(row);
        }
        out.put("categories", categories);
        if (symbolic) {
            List<Object> codes = new ArrayList<>();
            Class<?> type = Class.forName(pkg + ".ErrorCode");
            for (Object k : type.getEnumConstants()) {
                String name = ((Enum<?>) k).name();
                codes.add(list(name, call(k, "code"), call(k, "deprecated"), type.getField(name).isAnnotationPresent(Deprecated.class)));
            }
            out.put("codes", codes);
        } else {
            out.put("locales", locales);
            out.put("malformed", list(call(errors, "fromHeader", "abc").toString(), call(errors, "fromHeader", "--1").toString()));
        }
        return out;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(java.util.Arrays.asList(items));
    }

    static boolean hasClass(String name) {
        try {
            Class.forName(name);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    static List<String> castStrings(Object value) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) value) {
            out.add((String) o);
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        for (String arg : args) {
            int eq = arg.indexOf('=');
            int last = arg.lastIndexOf('=');
            System.out.println("READBACK " + arg.substring(0, eq) + " " + json(read(arg.substring(eq + 1, last), arg.substring(last + 1))));
        }
    }
}
