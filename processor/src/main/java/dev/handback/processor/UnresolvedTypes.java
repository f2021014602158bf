package dev.handback.processor;

import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ErrorType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Whether a type mentions a type javac could not resolve (yet): the type itself, a type argument,
 * an array component or a wildcard bound. Another processor may generate it in a later round.
 */
final class UnresolvedTypes extends SimpleTypeVisitor14<Boolean, Void> {
  private static final UnresolvedTypes INSTANCE = new UnresolvedTypes();

  private UnresolvedTypes() {
    super(false);
  }

  static boolean in(TypeMirror type) {
    return Boolean.TRUE.equals(type.accept(INSTANCE, null));
  }

  @Override
  public Boolean visitError(ErrorType t, Void unused) {
    return true;
  }

  @Override
  public Boolean visitDeclared(DeclaredType t, Void unused) {
    return t.getTypeArguments().stream().anyMatch(UnresolvedTypes::in);
  }

  @Override
  public Boolean visitArray(ArrayType t, Void unused) {
    return in(t.getComponentType());
  }

  @Override
  public Boolean visitWildcard(WildcardType t, Void unused) {
    return (t.getExtendsBound() != null && in(t.getExtendsBound()))
        || (t.getSuperBound() != null && in(t.getSuperBound()));
  }
}
