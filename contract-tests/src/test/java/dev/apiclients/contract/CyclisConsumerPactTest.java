package dev.apiclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.LambdaDsl;
import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.LambdaDslObject;
import au.com.dius.pact.consumer.dsl.PactDslJsonRootValue;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.model.BikeOrderState;
import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.Company;
import dev.apiclients.cyclis.model.CompanyList;
import dev.apiclients.cyclis.model.CompanyType;
import dev.apiclients.cyclis.model.Cyclist;
import dev.apiclients.cyclis.model.CyclistAttributes;
import dev.apiclients.cyclis.model.CyclistCreate;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistCreateRequest;
import dev.apiclients.cyclis.model.CyclistDocument;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.cyclis.model.CyclistPatch;
import dev.apiclients.cyclis.model.CyclistPatchAttributes;
import dev.apiclients.cyclis.model.CyclistPatchRequest;
import dev.apiclients.cyclis.model.CyclistRelationships;
import dev.apiclients.cyclis.model.CyclistType;
import dev.apiclients.cyclis.model.DealerAttributes;
import dev.apiclients.cyclis.model.DealerList;
import dev.apiclients.cyclis.model.DealerType;
import dev.apiclients.cyclis.model.Order;
import dev.apiclients.cyclis.model.OrderAttributes;
import dev.apiclients.cyclis.model.OrderDocument;
import dev.apiclients.cyclis.model.OrderList;
import dev.apiclients.cyclis.model.OrderState;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.cyclis.model.RegisteredCallbackDocument;
import dev.apiclients.cyclis.model.Relationship;
import dev.apiclients.cyclis.model.ResourceIdentifier;
import dev.apiclients.runtime.ApiHttpException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import retrofit2.Response;

/**
 * The Cyclis Integrator API as the generated {@link CyclisClient} uses it: one pact interaction per
 * operation of the spec, plus the error answers the client must turn into typed exceptions. Pact
 * writes them to {@code target/pacts/apiclients-java-cyclis-integrator-api.json}; {@code
 * PactsMatchSpecsIT} then checks every interaction against the spec.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "cyclis-integrator-api", pactVersion = PactSpecVersion.V4)
class CyclisConsumerPactTest {
  private static final String CONSUMER = ApiUnderTest.CONSUMER;

  // API keys are opaque to the client; any run of visible URL-safe characters will do. The examples
  // are made up: a pact file is shared with the provider and must never hold a real key.
  private static final String TOKEN_REGEX = "[A-Za-z0-9._~+/=-]{8,}";
  private static final String API_TOKEN = "pact-example-api-token";
  private static final String REVOKED_API_TOKEN = "pact-revoked-api-token";

  // Retrofit sends the generated interfaces' "Content-Type: application/json"; a charset may follow.
  private static final String JSON_CONTENT_TYPE = "application/json(;\\s*charset=[\\w-]+)?";
  private static final String UUID_REGEX = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
  // What the seed's dates look like, 2019-08-24T14:15:22Z: an ISO-8601 date-time with an offset.
  private static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm:ssXXX";
  // An Instant: Pact's ZonedDateTime variant goes through java.util.Date (milliseconds only).
  private static final Instant SEED_TIME = Instant.parse("2019-08-24T14:15:22Z");

  private static final UUID COMPANY = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");
  private static final UUID CYCLIST = UUID.fromString("9b2e5c1a-3d4f-4a6b-8c7d-0e1f2a3b4c5d");
  private static final UUID UNKNOWN_CYCLIST = UUID.fromString("00000000-0000-4000-8000-000000000000");
  private static final UUID DEALER = UUID.fromString("c0ffee00-1b2c-4d3e-8f40-5a6b7c8d9e0f");
  private static final UUID ORDER = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final UUID FOREIGN_ORDER = UUID.fromString("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  private static final UUID CALLBACK = UUID.fromString("095be615-a8ad-4c33-8e9c-c7612fbf6c9f");
  private static final String CALLBACK_URL = "https://integrator.example.com/cyclis/callback";

  // ---------------------------------------------------------------- companies

  @Pact(consumer = CONSUMER)
  V4Pact listCompanies(PactDslWithProvider builder) {
    return builder
        .given("the API token has access to company " + COMPANY + " named Example Company NV")
        .uponReceiving("a request to list the companies")
        .method("GET").path("/companies")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.minArrayLike("data", 1, company -> company
            .uuid("id", COMPANY)
            .stringValue("type", "company")
            .object("attributes", a -> a
                .stringType("name", "Example Company NV")
                .stringType("vat", "BE 0123.456.789")))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listCompanies")
  void listCompaniesReturnsTheCompaniesOfTheToken(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      CompanyList companies = client.calls().companies().listCompanies().execute().body();

      Company company = companies.getData().get(0);
      assertEquals(COMPANY, company.getId());
      assertEquals(CompanyType.COMPANY, company.getType());
      assertEquals("Example Company NV", company.getAttributes().getName());
      assertEquals("BE 0123.456.789", company.getAttributes().getVat());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact listCompaniesWithRevokedToken(PactDslWithProvider builder) {
    return builder
        .given("the API token " + REVOKED_API_TOKEN + " is revoked")
        .uponReceiving("a request to list the companies with a revoked API token")
        .method("GET").path("/companies")
        .matchHeader("API-TOKEN", TOKEN_REGEX, REVOKED_API_TOKEN)
        .willRespondWith()
        .status(401).headers(json())
        .body(LambdaDsl.newJsonBody(error -> error
            .stringType("error", "UNAUTHORIZED")
            .stringType("message", "Missing or invalid API-TOKEN.")).build())
        .toPact(V4Pact.class);
  }

  /**
   * The client refuses to be built without a token, so "no token" cannot happen through it; a token
   * the provider no longer accepts is what a deployed client meets, and gets the same 401.
   */
  @Test
  @PactTestFor(pactMethod = "listCompaniesWithRevokedToken")
  void revokedTokenIsUnauthorizedException(MockServer server) {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), REVOKED_API_TOKEN)) {
      ApiHttpException e = assertThrows(ApiHttpException.UnauthorizedException.class,
          () -> client.calls().companies().listCompanies().execute());

      assertEquals(401, e.statusCode());
      assertEquals("UNAUTHORIZED", e.errorCode());
      assertEquals("Missing or invalid API-TOKEN.", e.errorMessage());
      assertEquals("HTTP 401 UNAUTHORIZED: Missing or invalid API-TOKEN.", e.getMessage());
    }
  }

  // ---------------------------------------------------------------- cyclists

  @Pact(consumer = CONSUMER)
  V4Pact listCyclists(PactDslWithProvider builder) {
    return builder
        .given("a cyclist " + CYCLIST + " with email user@example.com exists in company " + COMPANY)
        .uponReceiving("a request to list the cyclists of company " + COMPANY + " with email USER@example.com")
        .method("GET").path("/cyclists")
        // The email filter is case-insensitive (1.2.1): the upper-case query must find the cyclist.
        .query("company_id=" + COMPANY + "&filter[email]=USER@example.com")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.minArrayLike("data", 1, cyclist -> cyclist(cyclist, "John")))
            .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listCyclists")
  void listCyclistsSendsBothFiltersAndReturnsTheCyclists(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      CyclistList cyclists = client.calls().cyclists().listCyclists(COMPANY, "USER@example.com").execute().body();

      assertCyclist(cyclists.getData().get(0), "John");
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact createCyclist(PactDslWithProvider builder) {
    return builder
        .given("the API token has access to company " + COMPANY)
        .uponReceiving("a request to create cyclist John Doe in company " + COMPANY)
        .method("POST").path("/cyclists")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(LambdaDsl.newJsonBody(root -> root.object("data", data -> data
            .stringValue("type", "cyclist")
            .object("attributes", a -> a
                .booleanValue("send_reset_password", true)
                .stringType("saml_uid", "saml-0042")
                .stringType("first_name", "John")
                .stringType("last_name", "Doe")
                .stringType("email", "user@example.com")
                .stringType("lang", "en_US")
                .stringType("external_identifier", "EXT-0042")
                .object("metadata", m -> m.stringType("team", "blue")))
            .object("relationships", r -> relationship(r, "company", COMPANY)))).build())
        .willRespondWith()
        .status(201).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", cyclist -> cyclist(cyclist, "John"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createCyclist")
  void createCyclistPostsTheNewCyclistAndReturnsIt(MockServer server) throws Exception {
    CyclistCreateRequest body = new CyclistCreateRequest().data(new CyclistCreate()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistCreateAttributes()
            .sendResetPassword(true)
            .samlUid("saml-0042")
            .firstName("John")
            .lastName("Doe")
            .email("user@example.com")
            .lang("en_US")
            .externalIdentifier("EXT-0042")
            .putMetadataItem("team", "blue"))
        .relationships(new CyclistRelationships()
            .company(new Relationship().data(new ResourceIdentifier().type("company").id(COMPANY)))));

    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      Response<CyclistDocument> response = client.calls().cyclists().createCyclist(body).execute();

      assertEquals(201, response.code());
      assertCyclist(response.body().getData(), "John");
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact getCyclist(PactDslWithProvider builder) {
    return builder
        .given("a cyclist " + CYCLIST + " exists in company " + COMPANY)
        .uponReceiving("a request to get cyclist " + CYCLIST)
        .method("GET").path("/cyclists/" + CYCLIST)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", cyclist -> cyclist(cyclist, "John"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getCyclist")
  void getCyclistReturnsTheCyclist(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      CyclistDocument cyclist = client.calls().cyclists().getCyclist(CYCLIST).execute().body();

      assertCyclist(cyclist.getData(), "John");
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact getUnknownCyclist(PactDslWithProvider builder) {
    return builder
        .given("no cyclist " + UNKNOWN_CYCLIST + " exists")
        .uponReceiving("a request to get the unknown cyclist " + UNKNOWN_CYCLIST)
        .method("GET").path("/cyclists/" + UNKNOWN_CYCLIST)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(404).headers(json())
        // The flat error shape, {"error", "message"}.
        .body(LambdaDsl.newJsonBody(error -> error
            .stringType("error", "NOTFOUND")
            .stringType("message", "The requested resource was not found.")).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getUnknownCyclist")
  void unknownCyclistIsNotFoundException(MockServer server) {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      ApiHttpException e = assertThrows(ApiHttpException.NotFoundException.class,
          () -> client.calls().cyclists().getCyclist(UNKNOWN_CYCLIST).execute());

      assertEquals(404, e.statusCode());
      assertEquals("NOTFOUND", e.errorCode());
      assertEquals("The requested resource was not found.", e.errorMessage());
      assertEquals("HTTP 404 NOTFOUND: The requested resource was not found.", e.getMessage());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateCyclist(PactDslWithProvider builder) {
    return builder
        .given("an active cyclist " + CYCLIST + " exists in company " + COMPANY)
        .uponReceiving("a request to deactivate cyclist " + CYCLIST + " and change the last name")
        .method("PATCH").path("/cyclists/" + CYCLIST)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        // Only the attributes that change: an attribute left out is not changed.
        .body(LambdaDsl.newJsonBody(root -> root.object("data", data -> data
            .stringValue("type", "cyclist")
            .object("attributes", a -> a
                .booleanValue("active", false)
                .stringType("last_name", "Doe-Smith")))).build())
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", cyclist -> cyclist(cyclist, "John"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateCyclist")
  void updateCyclistPatchesOnlyTheChangedAttributes(MockServer server) throws Exception {
    CyclistPatchRequest patch = new CyclistPatchRequest().data(new CyclistPatch()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistPatchAttributes().active(false).lastName("Doe-Smith")));

    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      CyclistDocument updated = client.calls().cyclists().updateCyclist(CYCLIST, patch).execute().body();

      assertCyclist(updated.getData(), "John");
    }
  }

  // ---------------------------------------------------------------- dealers

  @Pact(consumer = CONSUMER)
  V4Pact listDealers(PactDslWithProvider builder) {
    return builder
        .given("a dealer " + DEALER + " selling Gazelle exists")
        .uponReceiving("a request to list the dealers")
        .method("GET").path("/dealers")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.minArrayLike("data", 1, dealer -> dealer
            .uuid("id", DEALER)
            .stringValue("type", "dealer")
            .object("attributes", a -> a
                .stringType("name", "The Dealer")
                .stringType("street_name", "Grote Markt")
                .stringType("street_number", "1")
                .stringType("postal_code", "1000")
                .stringType("city", "Brussel")
                .stringMatcher("country_code", "[A-Z]{2}", "BE")
                .stringType("email", "dealer@example.com")
                .stringType("phone", "014 30 30 30")
                .stringType("mobile", "0495 10 20 30")
                .stringType("vat", "BE 0123.456.789")
                .decimalType("latitude", 50.8503)
                .decimalType("longitude", 4.3517)
                .minArrayLike("brands", 1, PactDslJsonRootValue.stringType("Gazelle"), 1)))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listDealers")
  void listDealersReturnsAddressCoordinatesAndBrands(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      DealerList dealers = client.calls().dealers().listDealers().execute().body();

      assertEquals(DEALER, dealers.getData().get(0).getId());
      assertEquals(DealerType.DEALER, dealers.getData().get(0).getType());
      DealerAttributes dealer = dealers.getData().get(0).getAttributes();
      assertEquals("The Dealer", dealer.getName());
      assertEquals("Grote Markt", dealer.getStreetName());
      assertEquals("1", dealer.getStreetNumber());
      assertEquals("1000", dealer.getPostalCode());
      assertEquals("Brussel", dealer.getCity());
      assertEquals("BE", dealer.getCountryCode());
      assertEquals("dealer@example.com", dealer.getEmail());
      assertEquals("014 30 30 30", dealer.getPhone());
      assertEquals("0495 10 20 30", dealer.getMobile());
      assertEquals("BE 0123.456.789", dealer.getVat());
      assertEquals(50.8503, dealer.getLatitude());
      assertEquals(4.3517, dealer.getLongitude());
      assertEquals(List.of("Gazelle"), dealer.getBrands());
    }
  }

  // ---------------------------------------------------------------- orders

  @Pact(consumer = CONSUMER)
  V4Pact listOrders(PactDslWithProvider builder) {
    return builder
        .given("an order " + ORDER + " of cyclist " + CYCLIST + " in company " + COMPANY
            + " exists in state quote and was updated after 2021-12-15T10:30:00")
        .uponReceiving("a request to list the orders of cyclist " + CYCLIST + " in company " + COMPANY
            + " updated since 2021-12-15T10:30:00")
        .method("GET").path("/orders")
        .matchQuery("company_id", UUID_REGEX, COMPANY.toString())
        .matchQuery("cyclist_id", UUID_REGEX, CYCLIST.toString())
        // A date or a local date-time without zone, as the provider documents it.
        .matchQuery("updated_since", "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}:\\d{2})?", "2021-12-15T10:30:00")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.minArrayLike("data", 1, order -> order(order, ORDER, "quote")))
            .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listOrders")
  void listOrdersSendsTheFiltersAndReturnsTheOrders(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      OrderList orders = client.calls().orders().listOrders(COMPANY, CYCLIST, "2021-12-15T10:30:00").execute().body();

      assertOrder(orders.getData().get(0), ORDER, OrderState.QUOTE);
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact getOrder(PactDslWithProvider builder) {
    return builder
        .given("an order " + ORDER + " exists in state quote")
        .uponReceiving("a request to get order " + ORDER)
        .method("GET").path("/orders/" + ORDER)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", order -> order(order, ORDER, "quote"))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getOrder")
  void getOrderReturnsMoneyDatesAndState(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      OrderDocument order = client.calls().orders().getOrder(ORDER).execute().body();

      assertOrder(order.getData(), ORDER, OrderState.QUOTE);
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateOrderStatus(PactDslWithProvider builder) {
    return builder
        .given("an order " + ORDER + " exists in state quote and the API token may edit it")
        .uponReceiving("a request to confirm order " + ORDER + " as the cyclist, with cost center and employee id")
        .method("PATCH").path("/orders/" + ORDER)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(statusChange(ORDER))
        .willRespondWith()
        .status(200).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", order -> order(order, ORDER, "approved_cyclist")))
            .build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateOrderStatus")
  void updateOrderStatusConfirmsAndReturnsTheUpdatedOrder(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      OrderDocument order = client.calls().orders().updateOrderStatus(ORDER, cyclistConfirm(ORDER)).execute().body();

      assertOrder(order.getData(), ORDER, OrderState.APPROVED_CYCLIST);
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact updateOrderStatusWithoutAccess(PactDslWithProvider builder) {
    return builder
        .given("an order " + FOREIGN_ORDER + " exists in state quote and the API token may not edit it")
        .uponReceiving("a request to confirm order " + FOREIGN_ORDER + ", which the API token may not edit")
        .method("PATCH").path("/orders/" + FOREIGN_ORDER)
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(statusChange(FOREIGN_ORDER))
        .willRespondWith()
        .status(403).headers(json())
        // Exactly as the provider documents this answer: the error nested twice in data.
        .body(LambdaDsl.newJsonBody(root -> root.object("data", outer -> outer.object("data", error -> error
            .stringValue("error", "NOACC")
            .stringType("message", "Your API token is not allowed to edit ...")))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "updateOrderStatusWithoutAccess")
  void orderTheTokenMayNotEditIsForbiddenExceptionWithNoacc(MockServer server) {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      ApiHttpException e = assertThrows(ApiHttpException.ForbiddenException.class,
          () -> client.calls().orders().updateOrderStatus(FOREIGN_ORDER, cyclistConfirm(FOREIGN_ORDER)).execute());

      assertEquals(403, e.statusCode());
      assertEquals("NOACC", e.errorCode());
      assertEquals("Your API token is not allowed to edit ...", e.errorMessage());
      assertEquals("HTTP 403 NOACC: Your API token is not allowed to edit ...", e.getMessage());
    }
  }

  // ---------------------------------------------------------------- callback

  @Pact(consumer = CONSUMER)
  V4Pact registerCallback(PactDslWithProvider builder) {
    return builder
        .given("no callback URL is registered for the API token")
        .uponReceiving("a request to register the callback URL " + CALLBACK_URL)
        .method("POST").path("/callback")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .matchHeader("Content-Type", JSON_CONTENT_TYPE, "application/json")
        .body(LambdaDsl.newJsonBody(root -> root.object("data", data -> data
            .stringValue("type", "orderCallback")
            .object("attributes", a -> a.stringValue("url", CALLBACK_URL)))).build())
        .willRespondWith()
        .status(201).headers(json())
        .body(LambdaDsl.newJsonBody(root -> root.object("data", data -> data
            .stringValue("type", "orderCallback")
            .object("attributes", a -> a.uuid("uuid", CALLBACK)))).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "registerCallback")
  void registerCallbackReturnsTheRegistrationUuid(MockServer server) throws Exception {
    CallbackRegistrationRequest body = new CallbackRegistrationRequest().data(new CallbackRegistration()
        .type(CallbackType.ORDER_CALLBACK)
        .attributes(new CallbackRegistrationAttributes().url(URI.create(CALLBACK_URL))));

    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      Response<RegisteredCallbackDocument> response = client.calls().callbacks().registerCallback(body).execute();

      assertEquals(201, response.code());
      assertEquals(CallbackType.ORDER_CALLBACK, response.body().getData().getType());
      assertEquals(CALLBACK, response.body().getData().getAttributes().getUuid());
    }
  }

  @Pact(consumer = CONSUMER)
  V4Pact deleteCallback(PactDslWithProvider builder) {
    return builder
        .given("a callback URL is registered for the API token")
        .uponReceiving("a request to delete the callback URL")
        .method("DELETE").path("/callback")
        .matchHeader("API-TOKEN", TOKEN_REGEX, API_TOKEN)
        .willRespondWith()
        .status(204)
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "deleteCallback")
  void deleteCallbackSucceedsWithNoContent(MockServer server) throws Exception {
    try (CyclisClient client = TestClients.cyclis(server.getUrl(), API_TOKEN)) {
      Response<Void> response = client.calls().callbacks().deleteCallback().execute();

      assertEquals(204, response.code());
      assertNull(response.body());
    }
  }

  // ---------------------------------------------------------------- bodies shared by several interactions

  private static Map<String, String> json() {
    return Map.of("Content-Type", "application/json");
  }

  /** A cyclist of {@link #COMPANY} as every cyclist answer carries it. */
  private static void cyclist(LambdaDslObject cyclist, String firstName) {
    cyclist
        .uuid("id", CYCLIST)
        .stringValue("type", "cyclist")
        .object("attributes", a -> a
            .stringType("first_name", firstName)
            .stringType("last_name", "Doe")
            .stringType("email", "user@example.com")
            .stringMatcher("lang", "[a-z]{2}_[A-Z]{2}", "en_US")
            .stringType("external_identifier", "EXT-0042")
            .object("metadata", m -> m.stringType("team", "blue")))
        .object("relationships", r -> relationship(r, "company", COMPANY));
  }

  private static void assertCyclist(Cyclist cyclist, String firstName) {
    assertEquals(CYCLIST, cyclist.getId());
    assertEquals(CyclistType.CYCLIST, cyclist.getType());
    CyclistAttributes attributes = cyclist.getAttributes();
    assertEquals(firstName, attributes.getFirstName());
    assertEquals("Doe", attributes.getLastName());
    assertEquals("user@example.com", attributes.getEmail());
    assertEquals("en_US", attributes.getLang());
    assertEquals("EXT-0042", attributes.getExternalIdentifier());
    assertEquals(Map.of("team", "blue"), attributes.getMetadata());
    assertEquals("company", cyclist.getRelationships().getCompany().getData().getType());
    assertEquals(COMPANY, cyclist.getRelationships().getCompany().getData().getId());
  }

  /** An order of {@link #CYCLIST} in {@link #COMPANY}, in {@code state} (the provider state sets it). */
  private static void order(LambdaDslObject order, UUID id, String state) {
    order
        .uuid("id", id)
        .stringValue("type", "order")
        .object("attributes", a -> a
            .stringMatcher("name", "SO\\d+", "SO12345")
            .stringType("bike_name", "Super Bike Turbo 3000")
            .stringType("bike_brand", "Super Bike")
            .stringType("bike_model", "Turbo 3000")
            .stringType("bike_type", "City Bike")
            .stringType("bike_frame_type", "Unisex")
            .stringType("bike_size", "55")
            .stringType("bike_color", "Yellow")
            .stringType("bike_order_state", "ordered")
            .stringValue("state", state)
            .booleanType("insurance", true)
            .booleanType("maintenance", true)
            .booleanType("assistance", true)
            .decimalType("lease_cost", new BigDecimal("91.26"))
            .integerType("lease_duration", 36)
            .numberType("maintenance_budget", 300)
            .datetime("start_lease_date", DATE_TIME, SEED_TIME)
            .datetime("end_lease_date", DATE_TIME, SEED_TIME.atZone(ZoneOffset.UTC).plusMonths(36).toInstant())
            .stringType("cost_center", "CC12345")
            .stringType("employee_id", "EM12345")
            .datetime("create_timestamp", DATE_TIME, SEED_TIME.minus(Duration.ofDays(14))))
        .object("relationships", r -> {
          relationship(r, "cyclist", CYCLIST);
          relationship(r, "company", COMPANY);
        });
  }

  private static void assertOrder(Order order, UUID id, OrderState state) {
    assertEquals(id, order.getId());
    assertEquals(OrderType.ORDER, order.getType());
    OrderAttributes a = order.getAttributes();
    assertEquals("SO12345", a.getName());
    assertEquals("Super Bike Turbo 3000", a.getBikeName());
    assertEquals("Super Bike", a.getBikeBrand());
    assertEquals("Turbo 3000", a.getBikeModel());
    assertEquals("City Bike", a.getBikeType());
    assertEquals("Unisex", a.getBikeFrameType());
    assertEquals("55", a.getBikeSize());
    assertEquals("Yellow", a.getBikeColor());
    assertEquals(BikeOrderState.ORDERED, a.getBikeOrderState());
    assertEquals(state, a.getState());
    assertTrue(a.getState().isKnown());
    assertEquals(Boolean.TRUE, a.getInsurance());
    assertEquals(Boolean.TRUE, a.getMaintenance());
    assertEquals(Boolean.TRUE, a.getAssistance());
    assertEquals(new BigDecimal("91.26"), a.getLeaseCost());
    assertEquals(36, a.getLeaseDuration());
    assertEquals(0, new BigDecimal("300").compareTo(a.getMaintenanceBudget()));
    assertEquals(OffsetDateTime.parse("2019-08-24T14:15:22Z"), a.getStartLeaseDate());
    assertEquals(OffsetDateTime.parse("2022-08-24T14:15:22Z"), a.getEndLeaseDate());
    assertEquals("CC12345", a.getCostCenter());
    assertEquals("EM12345", a.getEmployeeId());
    assertEquals(OffsetDateTime.parse("2019-08-10T14:15:22Z"), a.getCreateTimestamp());
    assertEquals(CYCLIST, order.getRelationships().getCyclist().getData().getId());
    assertEquals(COMPANY, order.getRelationships().getCompany().getData().getId());
  }

  private static DslPart statusChange(UUID order) {
    return LambdaDsl.newJsonBody(root -> root.object("data", data -> data
        .stringValue("id", order.toString())
        .stringValue("type", "order")
        .object("attributes", a -> a
            .stringValue("status", "cyclist_confirm")
            .stringType("cost_center", "CC12345")
            .stringType("employee_id", "EM12345")))).build();
  }

  private static OrderStatusUpdateRequest cyclistConfirm(UUID order) {
    return new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
        .id(order)
        .type(OrderType.ORDER)
        .attributes(new OrderStatusUpdateAttributes()
            .status(OrderStatusChange.CYCLIST_CONFIRM)
            .costCenter("CC12345")
            .employeeId("EM12345")));
  }

  private static void relationship(LambdaDslObject relationships, String type, UUID id) {
    relationships.object(type, r -> r.object("data", d -> d.stringValue("type", type).uuid("id", id)));
  }
}
