package dev.handback.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleTypeVisitor14;

/**
 * Whether code in one package can name a type: no part of it (type arguments, array components,
 * wildcard bounds, enclosing types) is private, or package-private in another package.
 */
final class TypeVisibility extends SimpleTypeVisitor14<Boolean, Void> {
  private final Elements elements;
  private final PackageElement from;

  private TypeVisibility(Elements elements, PackageElement from) {
    super(true);
    this.elements = elements;
    this.from = from;
  }

  /** Whether {@code type} can be named in package {@code from}. */
  static boolean isVisible(Elements elements, TypeMirror type, PackageElement from) {
    return Boolean.TRUE.equals(type.accept(new TypeVisibility(elements, from), null));
  }

  private boolean visible(TypeMirror type) {
    return Boolean.TRUE.equals(type.accept(this, null));
  }

  @Override
  public Boolean visitDeclared(DeclaredType t, Void unused) {
    for (Element e = t.asElement();
        e.getKind() != ElementKind.PACKAGE;
        e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return false;
      }
      boolean samePackage = elements.getPackageOf(e).equals(from);
      if (!samePackage && !e.getModifiers().contains(Modifier.PUBLIC)) {
        return false;
      }
    }
    return t.getTypeArguments().stream().allMatch(this::visible);
  }

  @Override
  public Boolean visitArray(ArrayType t, Void unused) {
    return visible(t.getComponentType());
  }

  @Override
  public Boolean visitWildcard(WildcardType t, Void unused) {
    return (t.getExtendsBound() == null || visible(t.getExtendsBound()))
        && (t.getSuperBound() == null || visible(t.getSuperBound()));
  }
}
