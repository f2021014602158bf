package dev.handback.processor.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
  private static final Set<String> MODIFIERS =
      Set.of(
          "public",
          "protected",
          "private",
          "abstract",
          "static",
          "final",
          "default",
          "sealed",
          "transient",
          "volatile",
          "synchronized",
          "native",
          "strictfp");
  private static final Set<String> TYPE_KINDS = Set.of("class", "interface", "enum", "record");

  /** Where a line stands: what it can be. */
  enum Context {
    /** A member of a type: a field, method or constructor declaration, or a nested type. */
    MEMBER,
    /** A statement in a method body. */
    STATEMENT
  }

  private CodeLayout() {}

  /** Whether {@code code} declares a type: modifiers, then class, interface, enum or record. */
  static boolean declaresType(String code) {
    if (!mentionsTypeKind(code)) {
      return false;
    }
    try {
      return declaresType(tokenize(code));
    } catch (Unreadable e) {
      return false;
    }
  }

  /**
   * Whether {@code code} holds one of the words that start a type declaration, a cheap test that
   * spares tokenizing the many lines (method declarations, blocks) that cannot declare a type.
   */
  private static boolean mentionsTypeKind(String code) {
    for (String kind : TYPE_KINDS) {
      if (code.contains(kind)) {
        return true;
      }
    }
    return false;
  }

  private static boolean declaresType(List<Token> tokens) {
    int i = 0;
    while (i < tokens.size() && MODIFIERS.contains(tokens.get(i).text())) {
      i++;
    }
    return i + 1 < tokens.size()
        && TYPE_KINDS.contains(tokens.get(i).text())
        && tokens.get(i + 1).kind() == Kind.NAME;
  }

  /**
   * Appends {@code code} (without indentation) laid out at column {@code indent} to {@code out}.
   */
  static void layout(StringBuilder out, int indent, String code, Context context) {
    if (indent + code.length() <= Doc.COLUMN_LIMIT) {
      Doc.indent(out, indent).append(code);
      return;
    }
    Doc line;
    try {
      line = new Parser(code).line(context);
    } catch (Unreadable e) {
      Doc.indent(out, indent).append(code);
      return;
    }
    Doc.render(out, line, indent);
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
      if (context == Context.MEMBER) {
        return declaresType(tokens) ? typeDeclaration() : memberDeclaration();
      }
      if (tokens.get(0).text().equals("return")) {
        next = 1;
        Doc value = expression();
        expectStatementEnd();
        return Doc.level(0, Doc.text("return "), value, Doc.text(";"));
      }
      int equals = topLevel("=");
      if (equals == 1 || (equals == 3 && tokens.get(0).text().equals("this"))) {
        next = equals + 1;
        Doc value = expression();
        expectStatementEnd();
        return Doc.level(
            0,
            Doc.level(4, Doc.text(source(0, equals) + " ="), Doc.unifiedBreak(" "), value),
            Doc.text(";"));
      }
      if (equals > 1) {
        Doc type = type();
        return variable(type, take());
      }
      Doc value = expression();
      expectStatementEnd();
      return Doc.level(0, value, Doc.text(";"));
    }

    /** A field, method or constructor declaration. */
    private Doc memberDeclaration() throws Unreadable {
      while (MODIFIERS.contains(peek().text())) {
        next++;
      }
      String modifiers = next == 0 ? "" : source(0, next) + " ";
      if (peek().kind() == Kind.NAME && next + 1 < tokens.size() && tokens.get(next + 1).is("(")) {
        return method(modifiers, Optional.empty(), take());
      }
      Doc type = type();
      Token name = take();
      if (peek().is("(")) {
        return method(modifiers, Optional.of(type), name);
      }
      return Doc.level(0, Doc.text(modifiers), variable(type, name));
    }

    /**
     * {@code type name = value;} or {@code type name;}: broken after {@code =}, and if the type
     * itself breaks, the name on a line of its own.
     */
    private Doc variable(Doc type, Token name) throws Unreadable {
      Doc.Tag typeBreak = new Doc.Tag();
      Doc.Indent ifTypeBroken = Doc.Indent.ifBroken(typeBreak, 4, 0);
      List<Doc> declaration = new ArrayList<>();
      declaration.add(
          Doc.level(
              0,
              Doc.level(0, type),
              Doc.independentBreak(" ", typeBreak),
              Doc.level(ifTypeBroken, Doc.text(name.text()))));
      if (peek().is("=")) {
        next++;
        declaration.add(Doc.text(" ="));
        declaration.add(Doc.level(ifTypeBroken, Doc.independentBreak(" "), expression()));
      }
      expectStatementEnd();
      return Doc.level(0, Doc.level(4, declaration), Doc.text(";"));
    }

    /**
     * A method or constructor declaration up to its body, or the {@code ;} of an abstract one:
     * broken before the name if it does not fit after the type, then before the parameters, then
     * between them.
     */
    private Doc method(String modifiers, Optional<Doc> type, Token name) throws Unreadable {
      Doc.Tag nameBreak = new Doc.Tag();
      List<Doc> head = new ArrayList<>();
      if (type.isPresent()) {
        head.add(type.get());
        head.add(Doc.independentBreak(" ", nameBreak));
      }
      head.add(Doc.text(name.text() + "("));
      expect("(");
      List<Doc> parameters = new ArrayList<>();
      while (!peek().is(")")) {
        Doc.Tag typeBreak = new Doc.Tag();
        Doc parameterType = type();
        parameters.add(
            Doc.level(
                4,
                Doc.level(
                    0,
                    Doc.level(0, parameterType),
                    Doc.independentBreak(" ", typeBreak),
                    Doc.level(Doc.Indent.ifBroken(typeBreak, 4, 0), Doc.text(take().text())))));
        if (peek().is(",")) {
          next++;
        }
      }
      next++;
      String rest = code.substring(tokens.get(next - 1).end());
      Doc.Indent ifNameBroken = Doc.Indent.ifBroken(nameBreak, 4, 0);
      Doc parameterList =
          parameters.isEmpty()
              ? Doc.level(ifNameBroken, Doc.text(")"))
              : Doc.level(
                  ifNameBroken,
                  Doc.independentBreak(""),
                  Doc.level(0, separated(parameters, false)),
                  Doc.text(")"));
      return Doc.level(
          0, Doc.text(modifiers), Doc.level(4, Doc.level(0, head), parameterList), Doc.text(rest));
    }

    /** A type declaration's head: its name, then {@code extends} and {@code implements}. */
    private Doc typeDeclaration() throws Unreadable {
      List<Doc> docs = new ArrayList<>();
      int start = 0;
      for (int i = 1; i < tokens.size(); i++) {
        String word = tokens.get(i).text();
        if (word.equals("extends") || word.equals("implements") || word.equals("permits")) {
          docs.add(Doc.text(source(start, i)));
          docs.add(Doc.independentBreak(" "));
          start = i;
        }
      }
      String last = source(start, tokens.size());
      if (docs.isEmpty() || !last.endsWith("{")) {
        throw new Unreadable("a type declaration that cannot break");
      }
      docs.add(Doc.text(last.substring(0, last.length() - 1).strip()));
      return Doc.level(0, Doc.level(4, docs), Doc.text(" {"));
    }

    /**
     * A type: a qualified name that breaks before its dots, then type arguments that break after
     * {@code <} and between them, then array brackets.
     */
    private Doc type() throws Unreadable {
      if (peek().is("?")) {
        next++;
        if (peek().text().equals("extends") || peek().text().equals("super")) {
          return Doc.level(0, Doc.text("? " + take().text() + " "), type());
        }
        return Doc.text("?");
      }
      List<String> names = new ArrayList<>();
      names.add(name());
      while (peek().is(".")) {
        next++;
        names.add(name());
      }
      Doc type = qualifiedName(names);
      if (peek().is("<")) {
        next++;
        if (peek().is(">")) {
          next++;
          type = Doc.level(0, type, Doc.text("<>"));
        } else {
          List<Doc> arguments = new ArrayList<>();
          arguments.add(type());
          while (peek().is(",")) {
            next++;
            arguments.add(type());
          }
          expect(">");
          type =
              Doc.level(
                  0,
                  Doc.level(
                      4,
                      type,
                      Doc.text("<"),
                      Doc.unifiedBreak(""),
                      Doc.level(0, separated(arguments, false))),
                  Doc.text(">"));
        }
      }
      while (peek().is("[")) {
        next++;
        expect("]");
        type = Doc.level(0, type, Doc.text("[]"));
      }
      return type;
    }

    /** {@code a.b.C}, broken before a dot only where the rest does not fit. */
    private static Doc qualifiedName(List<String> names) {
      if (names.size() == 1) {
        return Doc.text(names.get(0));
      }
      List<Doc> docs = new ArrayList<>();
      docs.add(Doc.text(names.get(0)));
      for (String name : names.subList(1, names.size())) {
        docs.add(Doc.independentBreak(""));
        docs.add(Doc.text("." + name));
      }
      return Doc.level(4, docs);
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
        return instanceCreation();
      }
      List<Link> links = new ArrayList<>();
      String name = first.text();
      while (true) {
        while (peek().is("[")) {
          next++;
          expect("]");
          name += "[]";
        }
        links.add(new Link(name, peek().is("(") ? Optional.of(arguments()) : Optional.empty()));
        if (peek().is("::")) {
          next++;
          return Doc.level(4, chain(links), Doc.unifiedBreak(""), Doc.text("::" + name()));
        }
        if (!peek().is(".")) {
          return chain(links);
        }
        next++;
        name = name();
      }
    }

    /** {@code new Type(arguments)}, possibly with an empty class body and a call on it. */
    private Doc instanceCreation() throws Unreadable {
      Doc type = type();
      Doc creation = Doc.level(0, Doc.text("new "), type, argumentList(arguments(), 4));
      if (!peek().is("{")) {
        return creation;
      }
      int body = next;
      next++;
      expect("}");
      while (peek().is(".")) {
        next++;
        name();
        if (peek().is("(")) {
          arguments();
        }
      }
      return Doc.level(0, creation, Doc.text(" " + source(body, next)));
    }

    /**
     * A chain of names and calls, shaped as google-java-format shapes it: a prefix (a type name and
     * its first member, or everything up to the only call) that breaks before its dots only where
     * it must, then a break before every further dereference. Arguments are indented four more
     * where a dot broke or a dereference follows.
     */
    private static Doc chain(List<Link> links) {
      if (!hasCall(links)) {
        List<String> names = new ArrayList<>(links.size());
        for (Link link : links) {
          names.add(link.name());
        }
        return qualifiedName(names);
      }
      int prefix = prefixEnd(links);
      boolean trailing = prefix < links.size() - 1;
      Doc.Tag nameBreak = new Doc.Tag();
      List<Doc> head = new ArrayList<>();
      for (int i = 0; i <= prefix; i++) {
        Link link = links.get(i);
        if (i > 0) {
          head.add(Doc.independentBreak("", nameBreak));
        }
        String arguments =
            i < prefix ? link.arguments().map(a -> argumentList(a, 0).flat()).orElse("") : "";
        head.add(Doc.text((i > 0 ? "." : "") + link.name() + arguments));
      }
      List<Doc> docs = new ArrayList<>();
      docs.add(Doc.level(0, head));
      links
          .get(prefix)
          .arguments()
          .ifPresent(
              arguments ->
                  docs.add(
                      argumentList(
                          arguments, Doc.Indent.ifBroken(nameBreak, 4, trailing ? 4 : 0))));
      for (Link link : links.subList(prefix + 1, links.size())) {
        docs.add(Doc.unifiedBreak("", nameBreak));
        docs.add(Doc.text("." + link.name()));
        link.arguments().ifPresent(arguments -> docs.add(argumentList(arguments, 4)));
      }
      return Doc.level(4, docs);
    }

    private static boolean hasCall(List<Link> links) {
      for (Link link : links) {
        if (link.arguments().isPresent()) {
          return true;
        }
      }
      return false;
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

    private static Doc argumentList(List<Doc> arguments, int plusIndent) {
      return argumentList(arguments, Doc.Indent.of(plusIndent));
    }

    /**
     * {@code (a, b, c)}: broken after {@code (}, then all on one line or one per line (several to a
     * line if all are short).
     */
    private static Doc argumentList(List<Doc> arguments, Doc.Indent indent) {
      if (arguments.isEmpty()) {
        return Doc.text("()");
      }
      boolean shortItems = true;
      for (Doc argument : arguments) {
        shortItems &= argument.width() < 10;
      }
      return Doc.level(
          indent,
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

    private String name() throws Unreadable {
      Token token = take();
      if (token.kind() != Kind.NAME) {
        throw new Unreadable("no name at " + token.text());
      }
      return token.text();
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
