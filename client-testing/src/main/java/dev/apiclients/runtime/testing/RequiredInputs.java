package dev.apiclients.runtime.testing;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.ApiDecodeException;
import dev.apiclients.runtime.OpenEnum;
import dev.apiclients.runtime.Required;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import retrofit2.Call;
import retrofit2.http.Body;

/**
 * The inputs a generated client's operations cannot do without, read by reflection from its
 * Retrofit interfaces and models: every path parameter, every request body, and every {@link
 * Required} field of a body at any depth. A field that the spec newly requires, or a new
 * operation, is covered by the tests built on this without editing them.
 *
 * <pre>{@code
 * for (RequiredInputs.Case c : RequiredInputs.missingInputCases(CyclisClient.class)) {
 *   IllegalArgumentException e = assertThrowsExactly(IllegalArgumentException.class, () -> c.call(client).execute());
 *   assertEquals(c.expectedMessage(), e.getMessage());
 * }
 * }</pre>
 */
public final class RequiredInputs {
  private static final Comparator<Method> BY_NAME =
      Comparator.comparing(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName());

  private RequiredInputs() {}

  /**
   * Returns the operations of a client: each method of each Retrofit interface that one of the
   * client's public no-argument methods returns, by interface and method name.
   */
  public static List<Method> operationsOf(Class<?> clientType) {
    List<Method> operations = new ArrayList<>();
    for (Class<?> api : apisOf(clientType)) {
      for (Method method : api.getDeclaredMethods()) {
        if (method.getReturnType() == Call.class) {
          operations.add(method);
        }
      }
    }
    operations.sort(BY_NAME);
    return operations;
  }

  /** Returns the name tests give an operation, for example {@code OrdersApi.getOrder}. */
  public static String nameOf(Method operation) {
    return operation.getDeclaringClass().getSimpleName() + "." + operation.getName();
  }

  /** Calls {@code operation} on the interface {@code client} serves it from. */
  /**
   * Executes {@code call} against a server that answers 204 to everything, where only what was sent
   * matters: an operation that promises a body refuses the empty answer after sending, as it should.
   */
  public static void executeAgainstNoContent(Call<?> call) throws IOException {
    try {
      call.execute();
    } catch (ApiDecodeException expectedForOperationsWithABody) {
      if (!expectedForOperationsWithABody.getMessage().contains("HTTP 204 without a body")) {
        throw expectedForOperationsWithABody;
      }
    }
  }

  public static Call<?> invoke(Object client, Method operation, Object[] arguments) {
    try {
      for (Method accessor : client.getClass().getMethods()) {
        if (accessor.getParameterCount() == 0 && accessor.getReturnType() == operation.getDeclaringClass()) {
          return (Call<?>) operation.invoke(accessor.invoke(client), arguments);
        }
      }
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      throw new AssertionError(cause);
    }
    throw new AssertionError(client.getClass() + " has no accessor for " + operation.getDeclaringClass());
  }

  /**
   * Returns, for each operation, one case per path parameter, one for the body and one per
   * required body field: all arguments valid and every field of the body set, except the one
   * input left null.
   */
  public static List<Case> missingInputCases(Class<?> clientType) {
    List<Case> cases = new ArrayList<>();
    for (Method operation : operationsOf(clientType)) {
      Annotation[][] annotations = operation.getParameterAnnotations();
      Type[] types = operation.getGenericParameterTypes();
      for (int i = 0; i < types.length; i++) {
        retrofit2.http.Path path = find(annotations[i], retrofit2.http.Path.class);
        if (path != null) {
          cases.add(new Case(operation, i, Collections.<Field>emptyList(), "path parameter " + path.value(),
              retrofitMessage(operation, i, "Path parameter \"" + path.value() + "\" value must not be null.")));
        }
        if (find(annotations[i], Body.class) != null) {
          cases.add(new Case(operation, i, Collections.<Field>emptyList(), "a body",
              retrofitMessage(operation, i, "Body parameter value must not be null.")));
          String bodyType = rawType(types[i]).getSimpleName();
          for (List<Field> fieldPath : requiredFieldPaths(rawType(types[i]))) {
            String jsonPath = jsonPath(fieldPath);
            cases.add(new Case(operation, i, fieldPath, jsonPath,
                "Missing required field '" + jsonPath + "' in " + bodyType + "; nothing was sent"));
          }
        }
      }
    }
    return cases;
  }

  /**
   * Returns each model class a request body of the client is built from (the bodies and every
   * model they contain), with the JSON names of its {@link Required} fields.
   */
  public static Map<Class<?>, Set<String>> requestModels(Class<?> clientType) {
    Map<Class<?>, Set<String>> models = new LinkedHashMap<>();
    for (Method operation : operationsOf(clientType)) {
      Annotation[][] annotations = operation.getParameterAnnotations();
      for (int i = 0; i < annotations.length; i++) {
        if (find(annotations[i], Body.class) != null) {
          collectModels(rawType(operation.getGenericParameterTypes()[i]), models);
        }
      }
    }
    return models;
  }

  /**
   * Reads the {@code required} lists of the named schemas in an OpenAPI YAML file, by schema name.
   * A line reader for the layout both specs use ({@code components: schemas: Name: required: - x}),
   * since no YAML library is on the test class path.
   */
  public static Map<String, Set<String>> specRequiredLists(Path yaml) throws IOException {
    Pattern schema = Pattern.compile("^    ([A-Za-z0-9_]+):\\s*$");
    Pattern flowList = Pattern.compile("^      required:\\s*\\[(.*)]\\s*$");
    Pattern item = Pattern.compile("^        - ['\"]?([^'\"\\s]+)['\"]?\\s*$");
    Map<String, Set<String>> required = new LinkedHashMap<>();
    boolean inSchemas = false;
    boolean inRequired = false;
    String current = null;
    for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
      if (line.equals("  schemas:")) {
        inSchemas = true;
        continue;
      }
      if (!inSchemas || line.trim().isEmpty() || line.trim().startsWith("#")) {
        continue;
      }
      if (!line.startsWith("    ")) {
        inSchemas = false; // The next section of components, or of the document.
        continue;
      }
      Matcher name = schema.matcher(line);
      if (name.matches()) {
        current = name.group(1);
        required.put(current, new LinkedHashSet<String>());
        inRequired = false;
        continue;
      }
      Matcher flow = flowList.matcher(line);
      if (flow.matches()) {
        for (String field : flow.group(1).split(",")) {
          required.get(current).add(field.trim().replaceAll("^['\"]|['\"]$", ""));
        }
        continue;
      }
      if (line.equals("      required:")) {
        inRequired = true;
        continue;
      }
      Matcher entry = item.matcher(line);
      if (inRequired && entry.matches()) {
        required.get(current).add(entry.group(1));
      } else {
        inRequired = false;
      }
    }
    return required;
  }

  /** Returns a valid argument for each parameter of {@code operation}; see {@link #validValue}. */
  public static Object[] validArguments(Method operation) {
    Type[] types = operation.getGenericParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = validValue(types[i]);
    }
    return arguments;
  }

  /**
   * Returns a value of {@code type} with which a request can be sent: a model with every field
   * set (optional ones too, so that required fields inside optional objects are reached), an open
   * enum's first constant, a fixed date, UUID or text.
   */
  public static Object validValue(Type type) {
    Class<?> raw = rawType(type);
    if (raw == String.class || raw == Object.class) {
      return "value";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return Boolean.TRUE;
    }
    if (raw == Integer.class || raw == int.class) {
      return 1;
    }
    if (raw == Long.class || raw == long.class) {
      return 1L;
    }
    if (raw == Double.class || raw == double.class) {
      return 1.5;
    }
    if (raw == Float.class || raw == float.class) {
      return 1.5f;
    }
    if (raw == BigDecimal.class) {
      return new BigDecimal("1.50");
    }
    if (raw == UUID.class) {
      return UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
    }
    if (raw == URI.class) {
      return URI.create("https://hooks.example.com/callback");
    }
    if (raw == LocalDate.class) {
      return LocalDate.of(2021, 12, 30);
    }
    if (raw == LocalDateTime.class) {
      return LocalDateTime.of(2021, 12, 15, 10, 30);
    }
    if (raw == OffsetDateTime.class) {
      return OffsetDateTime.of(2021, 12, 15, 10, 30, 0, 0, ZoneOffset.UTC);
    }
    if (OpenEnum.class.isAssignableFrom(raw)) {
      return firstConstant(raw);
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[0];
    }
    if (List.class.isAssignableFrom(raw) || raw == Collection.class) {
      List<Object> list = new ArrayList<>();
      list.add(validValue(typeArgument(type, 0)));
      return list;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Map<Object, Object> map = new LinkedHashMap<>();
      map.put(validValue(typeArgument(type, 0)), validValue(typeArgument(type, 1)));
      return map;
    }
    if (isModel(raw)) {
      return validModel(raw);
    }
    throw new IllegalArgumentException("RequiredInputs cannot make a valid " + type.getTypeName()
        + "; add the type to validValue");
  }

  /** One operation called with one required input left out, and the message the caller must get. */
  public static final class Case {
    private final Method operation;
    private final int parameter;
    private final List<Field> fieldPath;
    private final String missing;
    private final String expectedMessage;

    Case(Method operation, int parameter, List<Field> fieldPath, String missing, String expectedMessage) {
      this.operation = operation;
      this.parameter = parameter;
      this.fieldPath = fieldPath;
      this.missing = missing;
      this.expectedMessage = expectedMessage;
    }

    public Method operation() {
      return operation;
    }

    /** Returns what is left out: {@code path parameter uuid}, {@code a body} or a JSON path. */
    public String missing() {
      return missing;
    }

    /** Returns the exact message of the {@code IllegalArgumentException} the call must fail with. */
    public String expectedMessage() {
      return expectedMessage;
    }

    /** Returns fresh arguments: all valid, except the missing input, which is null. */
    public Object[] arguments() {
      Object[] arguments = validArguments(operation);
      if (fieldPath.isEmpty()) {
        arguments[parameter] = null;
      } else {
        Object owner = arguments[parameter];
        for (Field field : fieldPath.subList(0, fieldPath.size() - 1)) {
          owner = get(field, owner);
          if (owner instanceof List) {
            owner = ((List<?>) owner).get(0);
          }
        }
        set(fieldPath.get(fieldPath.size() - 1), owner, null);
      }
      return arguments;
    }

    /** Prepares the call on {@code client}; Retrofit reports a missing input when it is executed. */
    public Call<?> call(Object client) {
      return invoke(client, operation, arguments());
    }

    @Override
    public String toString() {
      return nameOf(operation) + " without " + missing;
    }
  }

  private static List<List<Field>> requiredFieldPaths(Class<?> model) {
    List<List<Field>> paths = new ArrayList<>();
    collectRequired(model, new ArrayList<Field>(), paths);
    return paths;
  }

  private static void collectRequired(Class<?> model, List<Field> prefix, List<List<Field>> paths) {
    for (Field field : modelFields(model)) {
      List<Field> path = new ArrayList<>(prefix);
      path.add(field);
      if (field.isAnnotationPresent(Required.class)) {
        paths.add(path);
      }
      Class<?> child = modelInside(field.getGenericType());
      if (child != null && !prefixContains(prefix, child)) {
        collectRequired(child, path, paths);
      }
    }
  }

  private static void collectModels(Class<?> model, Map<Class<?>, Set<String>> models) {
    if (models.containsKey(model)) {
      return;
    }
    Set<String> required = new LinkedHashSet<>();
    models.put(model, required);
    for (Field field : modelFields(model)) {
      if (field.isAnnotationPresent(Required.class)) {
        required.add(field.getAnnotation(Json.class).name());
      }
      Class<?> child = modelInside(field.getGenericType());
      if (child != null) {
        collectModels(child, models);
      }
    }
  }

  /** Returns the model a field holds, directly or as the elements of a list; else null. */
  private static Class<?> modelInside(Type type) {
    Class<?> raw = rawType(type);
    if (List.class.isAssignableFrom(raw)) {
      raw = rawType(typeArgument(type, 0));
    }
    return isModel(raw) ? raw : null;
  }

  /** A recursive model (a node holding nodes) would otherwise be walked for ever. */
  private static boolean prefixContains(List<Field> prefix, Class<?> model) {
    for (Field field : prefix) {
      if (field.getDeclaringClass() == model) {
        return true;
      }
    }
    return false;
  }

  private static String jsonPath(List<Field> fields) {
    StringBuilder path = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      Field field = fields.get(i);
      path.append(i == 0 ? "" : ".").append(field.getAnnotation(Json.class).name());
      if (i < fields.size() - 1 && List.class.isAssignableFrom(field.getType())) {
        path.append("[0]");
      }
    }
    return path.toString();
  }

  /** Retrofit's wording for a bad argument, as {@code Utils.parameterError} writes it. */
  private static String retrofitMessage(Method operation, int parameter, String message) {
    return message + " (parameter #" + (parameter + 1) + ")\n    for method " + nameOf(operation);
  }

  /** Generated models are the classes whose fields carry {@code @Json}, as the runtime decides. */
  private static boolean isModel(Class<?> type) {
    return !modelFields(type).isEmpty();
  }

  private static List<Field> modelFields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    if (type.isPrimitive() || type.isArray() || type.getName().startsWith("java.")) {
      return fields;
    }
    for (Field field : type.getDeclaredFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && field.isAnnotationPresent(Json.class)) {
        field.setAccessible(true);
        fields.add(field);
      }
    }
    return fields;
  }

  private static Object validModel(Class<?> model) {
    Object instance;
    try {
      instance = model.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException(model + " has no usable no-argument constructor", e);
    }
    for (Field field : modelFields(model)) {
      set(field, instance, validValue(field.getGenericType()));
    }
    return instance;
  }

  private static Object firstConstant(Class<?> openEnum) {
    for (Field field : openEnum.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && field.getType() == openEnum) {
        return get(field, null);
      }
    }
    throw new IllegalArgumentException(openEnum + " declares no constant");
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    if (type instanceof WildcardType) {
      return rawType(((WildcardType) type).getUpperBounds()[0]);
    }
    throw new IllegalArgumentException("Unexpected type " + type);
  }

  private static Type typeArgument(Type type, int index) {
    return type instanceof ParameterizedType
        ? ((ParameterizedType) type).getActualTypeArguments()[index]
        : Object.class;
  }

  private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
    for (Annotation annotation : annotations) {
      if (type.isInstance(annotation)) {
        return type.cast(annotation);
      }
    }
    return null;
  }

  private static List<Class<?>> apisOf(Class<?> clientType) {
    Set<Class<?>> apis = new LinkedHashSet<>();
    for (Method accessor : clientType.getMethods()) {
      Class<?> type = accessor.getReturnType();
      if (accessor.getParameterCount() == 0 && type.isInterface() && declaresCalls(type)) {
        apis.add(type);
      }
    }
    return new ArrayList<>(apis);
  }

  private static boolean declaresCalls(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getReturnType() == Call.class) {
        return true;
      }
    }
    return false;
  }

  private static Object get(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }

  private static void set(Field field, Object owner, Object value) {
    try {
      field.setAccessible(true);
      field.set(owner, value);
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
