package dev.apiclients.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes random strings that a regular expression matches, the way a mock server (Prism, through
 * json-schema-faker and randexp) makes values for a schema's {@code pattern}: each alternative of a
 * {@code |} equally likely, each repetition count in its range equally likely. It also counts which
 * alternatives it has taken, so a test can insist that every branch of a pattern was tried.
 *
 * <p>It reads the subset of ECMA-262 syntax the specs use: literals, {@code \d} and escaped
 * punctuation, classes such as {@code [0-9]} or {@code [13-9]}, groups {@code (...)} and {@code
 * (?:...)}, {@code |}, the quantifiers {@code ? * + {n} {n,m}}, and {@code ^}/{@code $} at the ends.
 * Anything else is refused, so that an unsupported pattern fails loudly rather than being sampled
 * wrongly.
 */
final class PatternSampler {
  private static final int UNBOUNDED_EXTRA = 3;

  private final String pattern;
  private final Node root;
  private final List<Alternation> alternations = new ArrayList<>();
  private int position;

  PatternSampler(String pattern) {
    this.pattern = pattern;
    if (pattern.startsWith("^")) {
      position = 1;
    }
    this.root = parseAlternation();
    if (position != pattern.length() && !(position == pattern.length() - 1 && pattern.endsWith("$"))) {
      throw unsupported("unexpected '" + pattern.charAt(position) + "'");
    }
  }

  /** A random string the pattern matches. */
  String sample(Random random) {
    StringBuilder out = new StringBuilder();
    root.emit(random, out);
    return out.toString();
  }

  /** The alternatives never taken so far, as {@code #<n> of (<alternation>)}; empty once all were. */
  List<String> untakenAlternatives() {
    List<String> untaken = new ArrayList<>();
    for (Alternation alternation : alternations) {
      for (int i = 0; i < alternation.taken.length; i++) {
        if (alternation.taken[i] == 0) {
          untaken.add("#" + (i + 1) + " of (" + alternation.source + ")");
        }
      }
    }
    return untaken;
  }

  private Node parseAlternation() {
    int start = position;
    List<Node> branches = new ArrayList<>();
    branches.add(parseSequence());
    while (position < pattern.length() && pattern.charAt(position) == '|') {
      position++;
      branches.add(parseSequence());
    }
    if (branches.size() == 1) {
      return branches.get(0);
    }
    Alternation alternation = new Alternation(branches, pattern.substring(start, position));
    alternations.add(alternation);
    return alternation;
  }

  private Node parseSequence() {
    List<Node> parts = new ArrayList<>();
    while (position < pattern.length()) {
      char c = pattern.charAt(position);
      if (c == '|' || c == ')') {
        break;
      }
      if (c == '$' && position == pattern.length() - 1) {
        break;
      }
      parts.add(parseQuantifier(parseAtom()));
    }
    return new Sequence(parts);
  }

  private Node parseAtom() {
    char c = pattern.charAt(position++);
    switch (c) {
      case '(':
        if (pattern.startsWith("?:", position)) {
          position += 2;
        } else if (pattern.startsWith("?", position)) {
          throw unsupported("lookaround or named group");
        }
        Node group = parseAlternation();
        expect(')');
        return group;
      case '[':
        return parseClass();
      case '\\':
        return escape(pattern.charAt(position++));
      case '.':
      case '^':
      case '$':
        throw unsupported("'" + c + "' inside the pattern");
      default:
        return new CharSet(String.valueOf(c));
    }
  }

  private Node parseClass() {
    if (position < pattern.length() && pattern.charAt(position) == '^') {
      throw unsupported("negated class");
    }
    StringBuilder chars = new StringBuilder();
    while (pattern.charAt(position) != ']') {
      char from = pattern.charAt(position++);
      if (from == '\\') {
        chars.append(((CharSet) escape(pattern.charAt(position++))).chars);
        continue;
      }
      if (pattern.charAt(position) == '-' && pattern.charAt(position + 1) != ']') {
        char to = pattern.charAt(position + 1);
        position += 2;
        for (char x = from; x <= to; x++) {
          chars.append(x);
        }
      } else {
        chars.append(from);
      }
    }
    position++;
    return new CharSet(chars.toString());
  }

  private Node escape(char c) {
    if (c == 'd') {
      return new CharSet("0123456789");
    }
    if (Character.isLetterOrDigit(c)) {
      throw unsupported("escape \\" + c);
    }
    return new CharSet(String.valueOf(c));
  }

  private Node parseQuantifier(Node atom) {
    if (position >= pattern.length()) {
      return atom;
    }
    char c = pattern.charAt(position);
    switch (c) {
      case '?':
        position++;
        return new Repeat(atom, 0, 1);
      case '*':
        position++;
        return new Repeat(atom, 0, UNBOUNDED_EXTRA);
      case '+':
        position++;
        return new Repeat(atom, 1, 1 + UNBOUNDED_EXTRA);
      case '{':
        int close = pattern.indexOf('}', position);
        String[] bounds = pattern.substring(position + 1, close).split(",", -1);
        position = close + 1;
        int min = Integer.parseInt(bounds[0]);
        int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + UNBOUNDED_EXTRA : Integer.parseInt(bounds[1]);
        return new Repeat(atom, min, max);
      default:
        return atom;
    }
  }

  private void expect(char c) {
    if (position >= pattern.length() || pattern.charAt(position) != c) {
      throw unsupported("expected '" + c + "'");
    }
    position++;
  }

  private IllegalArgumentException unsupported(String what) {
    return new IllegalArgumentException("PatternSampler cannot read " + pattern + " at " + position + ": " + what);
  }

  private interface Node {
    void emit(Random random, StringBuilder out);
  }

  private record CharSet(String chars) implements Node {
    @Override
    public void emit(Random random, StringBuilder out) {
      out.append(chars.charAt(random.nextInt(chars.length())));
    }
  }

  private record Sequence(List<Node> parts) implements Node {
    @Override
    public void emit(Random random, StringBuilder out) {
      for (Node part : parts) {
        part.emit(random, out);
      }
    }
  }

  private record Repeat(Node atom, int min, int max) implements Node {
    @Override
    public void emit(Random random, StringBuilder out) {
      int times = min + random.nextInt(max - min + 1);
      for (int i = 0; i < times; i++) {
        atom.emit(random, out);
      }
    }
  }

  private static final class Alternation implements Node {
    final List<Node> branches;
    final String source;
    final int[] taken;

    Alternation(List<Node> branches, String source) {
      this.branches = branches;
      this.source = source;
      this.taken = new int[branches.size()];
    }

    @Override
    public void emit(Random random, StringBuilder out) {
      int branch = random.nextInt(branches.size());
      taken[branch]++;
      branches.get(branch).emit(random, out);
    }
  }
}
