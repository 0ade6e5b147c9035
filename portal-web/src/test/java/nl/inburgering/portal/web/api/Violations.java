package nl.inburgering.portal.web.api;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.util.List;

/**
 * Bean Validation violations without a validator implementation on the test class path: just the
 * parts the problem mapping reads (path nodes, message, constraint annotation).
 */
final class Violations {

    @NotNull
    @Size(max = 10)
    private String annotated;

    private Violations() {
    }

    static Annotation notNull() {
        return annotation(NotNull.class);
    }

    static Annotation size() {
        return annotation(Size.class);
    }

    private static Annotation annotation(Class<? extends Annotation> type) {
        try {
            return Violations.class.getDeclaredField("annotated").getAnnotation(type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path.Node node(ElementKind kind, String name) {
        return node(kind, name, null);
    }

    /** A node; a non-null index marks it as an element of the iterable the previous node named. */
    static Path.Node node(ElementKind kind, String name, Integer index) {
        return node(kind, name, index, List.of(), -1);
    }

    /** The method node of a method validation. */
    static Path.Node method(String name, Class<?>... parameterTypes) {
        return node(ElementKind.METHOD, name, null, List.of(parameterTypes), -1);
    }

    /** A parameter node of a method validation. */
    static Path.Node parameter(String name, int index) {
        return node(ElementKind.PARAMETER, name, null, List.of(), index);
    }

    private static Path.Node node(ElementKind kind, String name, Integer index, List<Class<?>> parameterTypes,
            int parameterIndex) {
        return (Path.Node) Proxy.newProxyInstance(Violations.class.getClassLoader(),
                new Class<?>[] {Path.MethodNode.class, Path.ParameterNode.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getKind" -> kind;
                    case "isInIterable" -> index != null;
                    case "getIndex" -> index;
                    case "getKey" -> null;
                    case "as" -> proxy;
                    case "getParameterTypes" -> parameterTypes;
                    case "getParameterIndex" -> parameterIndex;
                    case "toString" -> name;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    static ConstraintViolation<?> violation(String message, Annotation constraint, Path.Node... nodes) {
        return violation(message, constraint, null, nodes);
    }

    /** A violation found while validating a method of {@code root}. */
    static ConstraintViolation<?> violation(String message, Annotation constraint, Class<?> root,
            Path.Node... nodes) {
        List<Path.Node> list = List.of(nodes);
        Path path = (Path) Proxy.newProxyInstance(Violations.class.getClassLoader(), new Class<?>[] {Path.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "iterator" -> list.iterator();
                    case "toString" -> list.toString();
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        ConstraintDescriptor<?> descriptor = (ConstraintDescriptor<?>) Proxy.newProxyInstance(
                Violations.class.getClassLoader(), new Class<?>[] {ConstraintDescriptor.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAnnotation" -> constraint;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return (ConstraintViolation<?>) Proxy.newProxyInstance(Violations.class.getClassLoader(),
                new Class<?>[] {ConstraintViolation.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getMessage" -> message;
                    case "getPropertyPath" -> path;
                    case "getConstraintDescriptor" -> descriptor;
                    case "getRootBeanClass" -> root;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> path + ": " + message;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
