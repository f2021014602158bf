package dev.handback.processor.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Breaks one logical line of generated code (a declaration or a statement) the way
 * google-java-format breaks it, when it is longer than {@link Doc#COLUMN_LIMIT}.
 *
 * <p>It understands the Java the writers of this package generate: field and method declarations,
 * {@code return} and expression statements, calls, builder chains and {@code new}. It reads a line
 * into a {@link Doc} shaped as google-java-format shapes the same syntax, so both break in the same
 * places; a line it cannot read is left as it is.
 */
final class CodeLayout {
  /** Where a line stands: what it can be. */
  enum Context {
    /** A member of a type: a field, method or constructor declaration, or a nested type. */
    MEMBER,
    /** A statement in a method body. */
    STATEMENT
  }

  private CodeLayout() {}

  /** {@code code} (without indentation) laid out at column {@code indent}. */
  static String layout(int indent, String code, Context context) {
    if (indent + code.length() <= Doc.COLUMN_LIMIT) {
      return " ".repeat(indent) + code;
    }
    try {
      return Doc.render(new Parser(code).line(context), indent);
    } catch (Unreadable e) {
      return " ".repeat(indent) + code;
    }
  }

  /** A line this class does not understand. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String what) {
      super(what, null, false, false);
    }
  }

  private enum Kind {
    NAME,
    LITERAL,
    SYMBOL
  }

  private record Token(Kind kind, String text, int start, int end) {
    boolean is(String symbol) {
      return kind == Kind.SYMBOL && text.equals(symbol);
    }
  }

  /** One part of a dereference chain: a name and, for a call, its arguments. */
  private record Link(String name, Optional<List<Doc>> arguments) {}

  /** The case of a name, which google-java-format reads as a sign of what it names. */
  private enum NameCase {
    UPPERCASE,
    LOWERCASE,
    UPPER_CAMEL,
    LOWER_CAMEL;

    static NameCase of(String name) {
      boolean seenLetter = false;
      boolean firstUpper = false;
      boolean upper = false;
      boolean lower = false;
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (Character.isAlphabetic(c)) {
          firstUpper = seenLetter ? firstUpper : Character.isUpperCase(c);
          seenLetter = true;
          upper |= Character.isUpperCase(c);
          lower |= Character.isLowerCase(c);
        }
      }
      if (firstUpper) {
        return lower || name.length() == 1 ? UPPER_CAMEL : UPPERCASE;
      }
      return upper ? LOWER_CAMEL : LOWERCASE;
    }
  }

  private static final class Parser {
    private final String code;
    private final List<Token> tokens;
    private int next;

    Parser(String code) throws Unreadable {
      this.code = code;
      this.tokens = tokenize(code);
    }

    Doc line(Context context) throws Unreadable {
      if (tokens.isEmpty() || tokens.get(0).is("@")) {
        throw new Unreadable("an annotation");
      }
      int equals = topLevel("=");
      int paren = topLevel("(");
      if (context == Context.MEMBER) {
        if (paren >= 0 && (equals < 0 || paren < equals)) {
          return methodDeclaration(paren);
        }
        if (equals < 0) {
          return typeDeclaration();
        }
        return assignment(equals);
      }
      if (equals >= 0) {
        return assignment(equals);
      }
      if (tokens.get(0).text().equals("return")) {
        next = 1;
        Doc value = expression();
        expectStatementEnd();
        return Doc.level(0, Doc.text("return "), value, Doc.text(";"));
      }
      Doc value = expression();
      expectStatementEnd();
      return Doc.level(0, value, Doc.text(";"));
    }

    /** {@code type name = value;}, or an assignment statement. */
    private Doc assignment(int equals) throws Unreadable {
      next = equals + 1;
      Doc value = expression();
      expectStatementEnd();
      String target = code.substring(0, tokens.get(equals).start()).strip();
      return Doc.level(
          0,
          Doc.level(4, Doc.text(target + " ="), Doc.level(0, Doc.independentBreak(" "), value)),
          Doc.text(";"));
    }

    /** A method or constructor declaration, up to its body or the {@code ;} of an abstract one. */
    private Doc methodDeclaration(int open) throws Unreadable {
      if (open == 0 || tokens.get(open - 1).kind() != Kind.NAME) {
        throw new Unreadable("a declaration without a name");
      }
      Token name = tokens.get(open - 1);
      String head = code.substring(0, name.start()).strip();
      next = open + 1;
      List<Doc> parameters = new ArrayList<>();
      while (!peek().is(")")) {
        int start = next;
        skipUntilTopLevel(",", ")");
        parameters.add(Doc.text(source(start, next)));
        if (peek().is(",")) {
          next++;
        }
      }
      next++;
      String rest = code.substring(tokens.get(next - 1).end());
      List<Doc> nameDocs = new ArrayList<>();
      if (!head.isEmpty()) {
        nameDocs.add(Doc.text(head));
        nameDocs.add(Doc.independentBreak(" "));
      }
      nameDocs.add(Doc.text(name.text() + (parameters.isEmpty() ? "()" : "(")));
      List<Doc> declaration = new ArrayList<>();
      declaration.add(Doc.level(0, nameDocs));
      if (!parameters.isEmpty()) {
        declaration.add(
            Doc.level(
                0,
                Doc.independentBreak(""),
                Doc.level(0, separated(parameters, false)),
                Doc.text(")")));
      }
      return Doc.level(0, Doc.level(4, declaration), Doc.text(rest));
    }

    /** A type declaration's head: its name, then {@code extends} and {@code implements}. */
    private Doc typeDeclaration() throws Unreadable {
      List<Doc> docs = new ArrayList<>();
      int start = 0;
      for (int i = 1; i < tokens.size(); i++) {
        String word = tokens.get(i).text();
        if (word.equals("extends") || word.equals("implements") || word.equals("permits")) {
          docs.add(Doc.text(source(start, i)));
          docs.add(Doc.unifiedBreak(" "));
          start = i;
        }
      }
      if (docs.isEmpty()) {
        throw new Unreadable("a declaration that cannot break");
      }
      String last = source(start, tokens.size());
      if (!last.endsWith("{")) {
        throw new Unreadable("a type declaration without a body");
      }
      docs.add(Doc.text(last.substring(0, last.length() - 1).strip()));
      return Doc.level(0, Doc.level(4, docs), Doc.text(" {"));
    }

    private Doc expression() throws Unreadable {
      Token first = take();
      if (first.kind() == Kind.LITERAL) {
        return Doc.text(first.text());
      }
      if (first.kind() != Kind.NAME) {
        throw new Unreadable("an expression starting with " + first.text());
      }
      if (first.text().equals("new")) {
        return instanceCreation(next - 1);
      }
      List<Link> links = new ArrayList<>();
      String name = first.text();
      while (true) {
        while (peek().is("[")) {
          next++;
          expect("]");
          name += "[]";
        }
        if (peek().is("::")) {
          next++;
          name += "::" + take().text();
        }
        links.add(new Link(name, peek().is("(") ? Optional.of(arguments()) : Optional.empty()));
        if (!peek().is(".")) {
          return chain(links);
        }
        next++;
        name = take().text();
      }
    }

    /** {@code new Type(arguments)}, possibly with an empty class body and a call on it. */
    private Doc instanceCreation(int keyword) throws Unreadable {
      skipType();
      String type = source(keyword, next);
      Doc creation = Doc.level(0, Doc.text(type), argumentList(arguments(), 4));
      if (!peek().is("{")) {
        return creation;
      }
      int body = next;
      next++;
      expect("}");
      while (peek().is(".")) {
        next++;
        take();
        if (peek().is("(")) {
          arguments();
        }
      }
      return Doc.level(0, creation, Doc.text(" " + source(body, next)));
    }

    /**
     * A chain of names and calls, shaped as google-java-format shapes it: a prefix (a type name and
     * its first member, or everything up to the only call) that stays together, then a break before
     * every further dereference.
     */
    private static Doc chain(List<Link> links) {
      if (links.stream().allMatch(link -> link.arguments().isEmpty())) {
        return Doc.text(String.join(".", links.stream().map(Link::name).toList()));
      }
      int prefix = prefixEnd(links);
      boolean trailing = prefix < links.size() - 1;
      StringBuilder head = new StringBuilder();
      for (int i = 0; i <= prefix; i++) {
        Link link = links.get(i);
        head.append(i == 0 ? "" : ".").append(link.name());
        if (i < prefix || link.arguments().map(List::isEmpty).orElse(true)) {
          link.arguments().ifPresent(arguments -> head.append(argumentList(arguments, 0).flat()));
        }
      }
      List<Doc> docs = new ArrayList<>();
      docs.add(Doc.text(head.toString()));
      List<Doc> prefixArguments = links.get(prefix).arguments().orElse(List.of());
      if (!prefixArguments.isEmpty()) {
        docs.add(argumentList(prefixArguments, trailing ? 4 : 0));
      }
      for (Link link : links.subList(prefix + 1, links.size())) {
        docs.add(Doc.unifiedBreak(""));
        docs.add(Doc.text("." + link.name()));
        link.arguments().ifPresent(arguments -> docs.add(argumentList(arguments, 4)));
      }
      return Doc.level(4, docs);
    }

    /**
     * The last link of the chain's prefix: the end of a leading type name with its first member (as
     * in {@code ActivityOptions.newBuilder()}), or the only call after the first link (as in {@code
     * map.put(key, value)}), else the first link.
     */
    private static int prefixEnd(List<Link> links) {
      int calls = 0;
      int firstCall = -1;
      for (int i = 0; i < links.size(); i++) {
        if (links.get(i).arguments().isPresent()) {
          calls += i > 0 ? 1 : 0;
          firstCall = firstCall < 0 ? i : firstCall;
        }
      }
      int prefix = typePrefixEnd(links);
      if (calls == 1 && firstCall > 0) {
        prefix = Math.max(prefix, firstCall);
      }
      return Math.max(prefix, 0);
    }

    /**
     * Where a leading type name and its first member end, as google-java-format tells names apart
     * by case: packages in lower case, then types in upper camel case, then one member; -1 if the
     * chain does not start with a type name.
     */
    private static int typePrefixEnd(List<Link> links) {
      int end = -1;
      boolean inType = false;
      boolean ambiguous = false;
      for (int i = 0; i < links.size(); i++) {
        NameCase nameCase = NameCase.of(links.get(i).name());
        if (inType) {
          end = i;
          if (nameCase != NameCase.UPPER_CAMEL) {
            break;
          }
        } else if (nameCase == NameCase.UPPER_CAMEL) {
          inType = true;
          end = i;
        } else if (nameCase == NameCase.UPPERCASE) {
          ambiguous = true;
        } else if (nameCase == NameCase.LOWER_CAMEL || ambiguous) {
          break;
        }
      }
      return end;
    }

    /** {@code (a, b, c)}: broken after {@code (}, then all on one line or one per line. */
    private static Doc argumentList(List<Doc> arguments, int plusIndent) {
      if (arguments.isEmpty()) {
        return Doc.text("()");
      }
      boolean shortItems = arguments.stream().allMatch(argument -> argument.width() < 10);
      return Doc.level(
          plusIndent,
          Doc.text("("),
          Doc.unifiedBreak(""),
          Doc.level(0, separated(arguments, shortItems)),
          Doc.text(")"));
    }

    private static List<Doc> separated(List<Doc> items, boolean fill) {
      List<Doc> docs = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          docs.add(Doc.text(","));
          docs.add(fill ? Doc.independentBreak(" ") : Doc.unifiedBreak(" "));
        }
        docs.add(items.get(i));
      }
      return docs;
    }

    private List<Doc> arguments() throws Unreadable {
      expect("(");
      List<Doc> arguments = new ArrayList<>();
      while (!peek().is(")")) {
        arguments.add(expression());
        if (peek().is(",")) {
          next++;
        } else if (!peek().is(")")) {
          throw new Unreadable("an argument followed by " + peek().text());
        }
      }
      next++;
      return arguments;
    }

    /** A qualified type name with type arguments, as after {@code new}. */
    private void skipType() throws Unreadable {
      take();
      while (peek().is(".")) {
        next++;
        take();
      }
      if (peek().is("<")) {
        int depth = 0;
        do {
          Token token = take();
          depth += token.is("<") ? 1 : token.is(">") ? -1 : 0;
        } while (depth > 0);
      }
    }

    /** Moves to the next {@code one} or {@code other} outside brackets. */
    private void skipUntilTopLevel(String one, String other) throws Unreadable {
      int depth = 0;
      while (depth > 0 || !(peek().is(one) || peek().is(other))) {
        Token token = take();
        if (token.is("(") || token.is("<") || token.is("[")) {
          depth++;
        } else if (token.is(")") || token.is(">") || token.is("]")) {
          depth--;
        }
      }
    }

    /** The index of the first token {@code symbol} outside parentheses, or -1. */
    private int topLevel(String symbol) {
      int depth = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (depth == 0 && token.is(symbol)) {
          return i;
        }
        depth += token.is("(") ? 1 : token.is(")") ? -1 : 0;
      }
      return -1;
    }

    private void expectStatementEnd() throws Unreadable {
      expect(";");
      if (next != tokens.size()) {
        throw new Unreadable("more after the end of a statement");
      }
    }

    private void expect(String symbol) throws Unreadable {
      if (!take().is(symbol)) {
        throw new Unreadable("no " + symbol);
      }
    }

    private Token peek() throws Unreadable {
      if (next >= tokens.size()) {
        throw new Unreadable("an unexpected end");
      }
      return tokens.get(next);
    }

    private Token take() throws Unreadable {
      Token token = peek();
      next++;
      return token;
    }

    /** The source text of tokens {@code from} (inclusive) to {@code to} (exclusive). */
    private String source(int from, int to) {
      return code.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
  }

  private static List<Token> tokenize(String code) throws Unreadable {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      int start = i;
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      Kind kind;
      if (Character.isJavaIdentifierStart(c)) {
        while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
          i++;
        }
        kind = Kind.NAME;
      } else if (Character.isDigit(c)) {
        while (i < code.length()
            && (Character.isLetterOrDigit(code.charAt(i))
                || code.charAt(i) == '.'
                || ((code.charAt(i) == '-' || code.charAt(i) == '+')
                    && (code.charAt(i - 1) == 'E' || code.charAt(i - 1) == 'e')))) {
          i++;
        }
        kind = Kind.LITERAL;
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < code.length() && code.charAt(i) != c) {
          i += code.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= code.length()) {
          throw new Unreadable("an unterminated literal");
        }
        i++;
        kind = Kind.LITERAL;
      } else {
        i += code.startsWith("::", i) ? 2 : 1;
        kind = Kind.SYMBOL;
      }
      tokens.add(new Token(kind, code.substring(start, i), start, i));
    }
    return tokens;
  }
}
