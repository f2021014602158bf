package dev.handback.processor.writer;

import java.util.regex.Pattern;

/**
 * Names from the user's annotations (activity types, signal names) as generated Javadoc shows them.
 * Temporal takes any string as such a name, so a name may hold what would end the comment ({@code
 * *}{@code /}), start a Unicode escape that javac reads before anything else (a backslash followed
 * by {@code u}), open or close an inline tag, start a block tag or be read as HTML.
 */
final class JavadocText {
  /** Names that an inline code tag shows as they are, which is all but the odd one. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.:$/-]+");

  private JavadocText() {}

  /**
   * {@code name} as code: in an inline code tag for a plain name, else in {@code <code>} with every
   * character that could break the comment or the Javadoc written as an HTML character reference,
   * which Javadoc shows as the character itself.
   */
  static String code(String name) {
    if (PLAIN.matcher(name).matches()) {
      return "{@code " + name + "}";
    }
    StringBuilder out = new StringBuilder("<code>");
    name.codePoints()
        .forEach(
            c -> {
              if (c == '&'
                  || c == '<'
                  || c == '>'
                  || c == '@'
                  || c == '\\'
                  || c == '*'
                  || c == '{'
                  || c == '}'
                  || c < 0x20
                  || c == 0x7f
                  || (c != ' ' && Character.isWhitespace(c))) {
                out.append("&#").append(c).append(';');
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append("</code>").toString();
  }
}
