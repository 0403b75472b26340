package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The check of callback messages against the spec bites: each broken body is reported, a good one is not. */
class CallbackSchemasTest {
  private static final CallbackSchemas CALLBACKS = CallbackSchemas.of(ApiUnderTest.CYCLIS);

  @Test
  void specHasTheTwoCallbacks() {
    assertEquals(Arrays.asList("notifyOrderChanged", "notifyCompanyAccessChanged"),
        Arrays.asList(CALLBACKS.bodies().keySet().toArray()));
  }

  @Test
  void bodiesOfTheAssumedShapePass() {
    assertEquals(Collections.emptyList(),
        CALLBACKS.violations("notifyOrderChanged", "{\"data\":{\"type\":\"order\",\"id\":\"o-1\"}}"));
    assertEquals(Collections.emptyList(), CALLBACKS.violations("notifyCompanyAccessChanged",
        "{\"data\":{\"type\":\"company\",\"id\":\"c-1\"},\"meta\":{\"action\":\"suspended\"}}"));
  }

  @Test
  void missingIdIsReported() {
    assertEquals(Collections.singletonList(
            "[validation.callback.notifyOrderChanged.schema.required] [Path '/data'] Object has missing required properties ([\"id\"])"),
        CALLBACKS.violations("notifyOrderChanged", "{\"data\":{\"type\":\"order\"}}"));
  }

  @Test
  void idOfAnotherTypeIsReported() {
    assertEquals(Collections.singletonList("[validation.callback.notifyCompanyAccessChanged.schema.type] [Path '/data/id'] "
            + "Instance type (integer) does not match any allowed primitive type (allowed: [\"string\"])"),
        CALLBACKS.violations("notifyCompanyAccessChanged", "{\"data\":{\"type\":\"company\",\"id\":42}}"));
  }

  @Test
  void memberTheSpecDoesNotListIsReported() {
    assertEquals(Collections.singletonList("[validation.callback.notifyOrderChanged.schema.additionalProperties] "
            + "Object instance has properties which are not allowed by the schema: [\"meta\"]"),
        CALLBACKS.violations("notifyOrderChanged",
            "{\"data\":{\"type\":\"order\",\"id\":\"o-1\"},\"meta\":{\"action\":\"added\"}}"));
  }
}
