package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import au.com.dius.pact.consumer.MessagePactBuilder;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.consumer.junit5.ProviderType;
import au.com.dius.pact.core.matchers.JsonContentMatcher;
import au.com.dius.pact.core.matchers.MatchingContext;
import au.com.dius.pact.core.matchers.Mismatch;
import au.com.dius.pact.core.model.ContentType;
import au.com.dius.pact.core.model.OptionalBody;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Interaction;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.apiclients.cyclis.CyclisCallbackEvent;
import dev.apiclients.cyclis.CyclisCallbacks;
import dev.apiclients.cyclis.model.CompanyAccessAction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The callbacks Cyclis posts, as our receiver ({@link CyclisCallbacks#parse}) reads them: one
 * message pact per kind of callback, Cyclis the provider, the receiver the consumer. Pact writes
 * them to {@code target/pacts/apiclients-java-callbacks-cyclis-integrator-api.json}; {@code
 * CallbackPactsMatchSpecIT} then checks each message against the spec's callback schema.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cyclis-integrator-api", providerType = ProviderType.ASYNCH,
    pactVersion = PactSpecVersion.V4)
class CyclisCallbackPactTest {
  /** The consumer: the callback receiver, apart from the client's HTTP pacts (another file). */
  static final String CONSUMER = "apiclients-java-callbacks";

  static final String ORDER_CHANGED = "an order changed callback";
  static final String COMPANY_ADDED = "a company access changed callback for a company added to the API key";
  static final String COMPANY_REMOVED = "a company access changed callback for a company removed from the API key";

  /** Which of the spec's callback operations each message is, by its description. */
  static final Map<String, String> CALLBACK_OPERATIONS;

  static {
    Map<String, String> operations = new LinkedHashMap<>();
    operations.put(ORDER_CHANGED, "notifyOrderChanged");
    operations.put(COMPANY_ADDED, "notifyCompanyAccessChanged");
    operations.put(COMPANY_REMOVED, "notifyCompanyAccessChanged");
    CALLBACK_OPERATIONS = Collections.unmodifiableMap(operations);
  }

  private static final String ORDER = "497f6eca-6276-4993-bfeb-53cbbbba6f08";
  private static final String COMPANY = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
  private static final Map<String, Object> JSON = Collections.singletonMap("contentType", "application/json");

  @Pact(consumer = CONSUMER)
  V4Pact orderChanged(MessagePactBuilder builder) {
    return builder
        .given("order " + ORDER + " changed state")
        .expectsToReceive(ORDER_CHANGED)
        .withMetadata(JSON)
        .withContent(LambdaDsl.newJsonBody(root -> root.object("data", data -> data
            .stringValue("type", "order")
            .stringType("id", ORDER))).build())
        .toPact();
  }

  @Test
  @PactTestFor(pactMethod = "orderChanged")
  void orderChangedCallbackIsReadAsAnOrderChange(V4Interaction.AsynchronousMessage message) throws Exception {
    CyclisCallbackEvent event = CyclisCallbacks.parse(message.getContents().getContents().getValue());

    assertEquals(ORDER, assertInstanceOf(CyclisCallbackEvent.OrderChanged.class, event).orderId());
  }

  @Pact(consumer = CONSUMER)
  V4Pact companyAdded(MessagePactBuilder builder) {
    return companyAccessChanged(builder, "was added to", COMPANY_ADDED, "added");
  }

  @Test
  @PactTestFor(pactMethod = "companyAdded")
  void companyAddedCallbackIsReadAsACompanyAccessChange(V4Interaction.AsynchronousMessage message)
      throws Exception {
    assertCompanyAccessChange(CompanyAccessAction.ADDED, message);
  }

  @Pact(consumer = CONSUMER)
  V4Pact companyRemoved(MessagePactBuilder builder) {
    return companyAccessChanged(builder, "was removed from", COMPANY_REMOVED, "removed");
  }

  @Test
  @PactTestFor(pactMethod = "companyRemoved")
  void companyRemovedCallbackIsReadAsACompanyAccessChange(V4Interaction.AsynchronousMessage message)
      throws Exception {
    assertCompanyAccessChange(CompanyAccessAction.REMOVED, message);
  }

  @Test
  @PactTestFor(pactMethod = "companyAdded")
  void companyAddedInteractionPinsTheActionButNotTheId(V4Interaction.AsynchronousMessage message) {
    String otherCompany = "0b9f3c2e-1d4a-4e5b-8c7d-6f5e4d3c2b1a";

    // What Pact's verifier of Cyclis would compare: another id satisfies the interaction, another action does not.
    assertEquals(List.of(), mismatches(message, companyBody(otherCompany, "added")));
    assertEquals(List.of("Expected 'removed' (String) to be equal to 'added' (String)"),
        mismatches(message, companyBody(COMPANY, "removed")));
  }

  private static String companyBody(String id, String action) {
    return "{\"data\":{\"type\":\"company\",\"id\":\"" + id + "\"},\"meta\":{\"action\":\"" + action + "\"}}";
  }

  /** The mismatches Pact's JSON matcher finds between a message a provider sent and the interaction. */
  private static List<String> mismatches(V4Interaction.AsynchronousMessage expected, String actual) {
    MatchingContext context = new MatchingContext(expected.getMatchingRules().rulesForCategory("body"), true);
    return JsonContentMatcher.INSTANCE.matchBody(expected.getContents().getContents(),
            OptionalBody.body(actual, ContentType.getJSON()), context)
        .getMismatches().stream().map(Mismatch::description).collect(Collectors.toList());
  }

  /** The company access callback: the same message for either action but {@code meta.action}. */
  private static V4Pact companyAccessChanged(MessagePactBuilder builder, String change, String description,
      String action) {
    return builder
        .given("company " + COMPANY + " " + change + " the API key")
        .expectsToReceive(description)
        .withMetadata(JSON)
        .withContent(LambdaDsl.newJsonBody(root -> root
            .object("data", data -> data
                .stringValue("type", "company")
                .stringType("id", COMPANY))
            .object("meta", meta -> meta.stringValue("action", action))).build())
        .toPact();
  }

  private static void assertCompanyAccessChange(CompanyAccessAction action,
      V4Interaction.AsynchronousMessage message) throws Exception {
    CyclisCallbackEvent event = CyclisCallbacks.parse(message.getContents().getContents().getValue());

    CyclisCallbackEvent.CompanyAccessChanged change =
        assertInstanceOf(CyclisCallbackEvent.CompanyAccessChanged.class, event);
    assertEquals(COMPANY, change.companyId());
    assertEquals(action, change.action());
  }
}
