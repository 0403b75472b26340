package dev.apiclients.runtime.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.Required;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredFieldsTest {
  static final class Leaf {
    @Json(name = "first_name") @Required String firstName;
    @Json(name = "nickname") String nickname;
  }

  static final class Root {
    @Json(name = "data") @Required List<Leaf> data;
  }

  private static Leaf leaf(String firstName) {
    Leaf leaf = new Leaf();
    leaf.firstName = firstName;
    return leaf;
  }

  @Test
  void presentFieldsPass() {
    Root root = new Root();
    root.data = Arrays.asList(leaf("a"), leaf("b"));

    assertNull(RequiredFields.firstMissing(root));
  }

  @Test
  void missingTopLevelFieldIsNamed() {
    assertEquals("data", RequiredFields.firstMissing(new Root()));
  }

  @Test
  void missingNestedFieldIsNamedWithItsJsonPath() {
    Root root = new Root();
    root.data = Arrays.asList(leaf("a"), leaf(null));

    assertEquals("data[1].first_name", RequiredFields.firstMissing(root));
  }

  @Test
  void nothingIsMissingFromNothing() {
    assertNull(RequiredFields.firstMissing(null));
  }

  static final class Customer {
    @Json(name = "name") @Required String name;
  }

  static final class Order {
    @Json(name = "customer") @Required Customer customer;
    @Json(name = "lines") List<Leaf> lines;
    @Json(name = "count") int count;
    @Json(name = "state") Thread.State state;
    /** Not a JSON property (no {@code @Json}), so never checked, whatever it holds. */
    @Required Customer cached;

    static Order complete() {
      Order order = new Order();
      order.customer = new Customer();
      order.customer.name = "Ada";
      order.lines = Arrays.asList(line("a"), line("b"));
      return order;
    }

    static Order withCustomerUnnamed() {
      Order order = complete();
      order.customer.name = null;
      return order;
    }

    static Order withSecondLineUnnamed() {
      Order order = complete();
      order.lines = Arrays.asList(line("a"), line(null));
      return order;
    }

    /** Not the test's leaf(): this class is also loaded apart from the test class. */
    private static Leaf line(String firstName) {
      Leaf leaf = new Leaf();
      leaf.firstName = firstName;
      return leaf;
    }
  }

  /**
   * The same model classes loaded a second time, as a redeployed application or a plugin loads
   * them: the field lookup is kept per class, so the new classes must be looked at afresh.
   */
  @Test
  void modelClassesLoadedAgainByAnotherLoaderAreCheckedByTheirOwnFields() throws Exception {
    Class<?> order = new ReloadingClassLoader().loadClass(Order.class.getName());
    assertNotSame(Order.class, order);

    assertNull(RequiredFields.firstMissing(create(order, "complete")));
    assertEquals("customer.name", RequiredFields.firstMissing(create(order, "withCustomerUnnamed")));
    assertEquals("lines[1].first_name", RequiredFields.firstMissing(create(order, "withSecondLineUnnamed")));
  }

  private static Object create(Class<?> type, String factory) throws Exception {
    Method method = type.getDeclaredMethod(factory);
    method.setAccessible(true);
    return method.invoke(null);
  }

  /** Loads this test's nested classes itself, everything else from the test's own loader. */
  private static final class ReloadingClassLoader extends ClassLoader {
    ReloadingClassLoader() {
      super(RequiredFieldsTest.class.getClassLoader());
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith(RequiredFieldsTest.class.getName() + "$")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded != null) {
          return loaded;
        }
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          byte[] chunk = new byte[8192];
          for (int n; (n = in.read(chunk)) != -1; ) {
            bytes.write(chunk, 0, n);
          }
          return defineClass(name, bytes.toByteArray(), 0, bytes.size());
        } catch (IOException e) {
          throw new ClassNotFoundException(name, e);
        }
      }
    }
  }
}
