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
        string(out, data.consumeString(40));
    }
  }

  private void object(StringBuilder out, int depth) {
    out.append('{');
    int members = data.consumeInt(0, 6);
    for (int i = 0; i < members; i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, data.consumeBoolean() ? data.pickValue(names) : data.consumeString(12));
      out.append(':');
      value(out, depth);
    }
    out.append('}');
  }

  private void array(StringBuilder out, int depth) {
    out.append('[');
    int elements = data.consumeInt(0, 4);
    for (int i = 0; i < elements; i++) {
      if (i > 0) {
        out.append(',');
      }
      value(out, depth);
    }
    out.append(']');
  }

  private static void string(StringBuilder out, String text) {
    out.append('"');
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
    out.append('"');
  }
}
