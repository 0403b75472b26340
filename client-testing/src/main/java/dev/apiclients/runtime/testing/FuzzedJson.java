package dev.apiclients.runtime.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import java.util.List;

/**
 * Builds syntactically valid JSON from fuzzer data, with member names drawn from a client's own
 * property names so that the fuzzer reaches typed fields instead of only unknown ones.
 */
public final class FuzzedJson {
  private static final int MAX_DEPTH = 6;

  private final FuzzedDataProvider data;
  private final List<String> names;

  public FuzzedJson(FuzzedDataProvider data, List<String> names) {
    this.data = data;
    this.names = names;
  }

  /** Returns a JSON document whose top level is an object or an array, as operations' bodies are. */
  public String document() {
    StringBuilder out = new StringBuilder();
    if (data.consumeBoolean()) {
      object(out, 0);
    } else {
      array(out, 0);
    }
    return out.toString();
  }

  private void value(StringBuilder out, int depth) {
    int kind = depth >= MAX_DEPTH ? data.consumeInt(2, 7) : data.consumeInt(0, 7);
    switch (kind) {
      case 0:
        object(out, depth + 1);
        break;
      case 1:
        array(out, depth + 1);
        break;
      case 2:
        out.append("null");
        break;
      case 3:
        out.append(data.consumeBoolean());
        break;
      case 4:
        out.append(data.consumeLong());
        break;
      case 5:
        double number = data.consumeRegularDouble();
        out.append(Double.isFinite(number) ? Double.toString(number) : "0");
        break;
      default:
        out.append(quoted(data.consumeString(40)));
    }
  }

  private void object(StringBuilder out, int depth) {
    sequence(out, '{', data.consumeInt(0, 6), '}', () -> {
      out.append(quoted(data.consumeBoolean() ? data.pickValue(names) : data.consumeString(12)));
      out.append(':');
      value(out, depth);
    });
  }

  private void array(StringBuilder out, int depth) {
    sequence(out, '[', data.consumeInt(0, 4), ']', () -> value(out, depth));
  }

  /** {@code open}, {@code count} elements separated by commas, {@code close}. */
  private static void sequence(StringBuilder out, char open, int count, char close, Runnable element) {
    out.append(open);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        out.append(',');
      }
      element.run();
    }
    out.append(close);
  }

  /** {@code text} as a JSON string literal, with quotes, backslashes and control characters escaped. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || Character.isSurrogate(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
