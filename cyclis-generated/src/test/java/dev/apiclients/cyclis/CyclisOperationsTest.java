package dev.apiclients.cyclis;

import static dev.apiclients.cyclis.CyclisTestServer.TOKEN;
import static dev.apiclients.cyclis.CyclisTestServer.assertJsonEquals;
import static dev.apiclients.cyclis.CyclisTestServer.clientFor;
import static dev.apiclients.cyclis.CyclisTestServer.json;
import static dev.apiclients.cyclis.CyclisTestServer.seed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.apiclients.cyclis.model.BikeOrderState;
import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.CompanyList;
import dev.apiclients.cyclis.model.Cyclist;
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
import dev.apiclients.runtime.testing.ServedClient;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every Cyclis operation: what goes on the wire, and how the seed's answers decode. */
class CyclisOperationsTest {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final UUID COMPANY = UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6");

  @RegisterExtension
  final ServedClient<CyclisClient> served = ServedClient.start(server -> clientFor(server).build());
  private final MockWebServer server = served.server();
  private final CyclisClient client = served.client();

  @Test
  void listCompaniesSendsTokenAndDecodesCompanies() throws Exception {
    server.enqueue(json(200, seed("company-list.json")));

    CompanyList companies = client.calls().companies().listCompanies().execute().body();

    assertEquals(COMPANY, companies.getData().get(0).getId());
    assertEquals("Acme Belgium", companies.getData().get(0).getAttributes().getName());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET /companies HTTP/1.1", request.getRequestLine());
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
  }

  @Test
  void listCyclistsSendsBothFiltersEncoded() throws Exception {
    server.enqueue(json(200, seed("cyclist-list.json")));

    CyclistList cyclists = client.calls().cyclists().listCyclists(COMPANY, "User+1@Example.com").execute().body();

    Cyclist cyclist = cyclists.getData().get(0);
    assertEquals(ID, cyclist.getId());
    assertEquals(CyclistType.CYCLIST, cyclist.getType());
    assertEquals("John", cyclist.getAttributes().getFirstName());
    assertEquals("en_US", cyclist.getAttributes().getLang());
    assertEquals(Collections.emptyMap(), cyclist.getAttributes().getMetadata());
    assertEquals(ID, cyclist.getRelationships().getCompany().getData().getId());
    RecordedRequest request = server.takeRequest();
    assertEquals("GET /cyclists?company_id=" + COMPANY + "&filter%5Bemail%5D=User%2B1%40Example.com HTTP/1.1",
        request.getRequestLine());
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
  }

  @Test
  void listCyclistsWithoutFiltersSendsNoQuery() throws Exception {
    server.enqueue(json(200, "{\"data\":[]}"));

    CyclistList cyclists = client.calls().cyclists().listCyclists(null, null).execute().body();

    assertTrue(cyclists.getData().isEmpty());
    assertEquals("GET /cyclists HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void createCyclistPostsJsonApiDocument() throws Exception {
    server.enqueue(json(201, seed("cyclist.json")));
    CyclistCreateRequest body = new CyclistCreateRequest().data(new CyclistCreate()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistCreateAttributes()
            .sendResetPassword(true)
            .samlUid("saml-1")
            .firstName("John")
            .lastName("Doe")
            .email("user@example.com")
            .lang("en_US")
            .externalIdentifier("EXT-1")
            .putMetadataItem("team", "blue"))
        .relationships(new CyclistRelationships()
            .company(new Relationship().data(new ResourceIdentifier().type("company").id(COMPANY)))));

    CyclistDocument created = client.calls().cyclists().createCyclist(body).execute().body();

    assertEquals(ID, created.getData().getId());
    RecordedRequest request = server.takeRequest();
    assertEquals("POST /cyclists HTTP/1.1", request.getRequestLine());
    assertEquals("application/json", request.getHeader("Content-Type"));
    assertJsonEquals("{\"data\":{\"type\":\"cyclist\",\"attributes\":{\"send_reset_password\":true,"
        + "\"saml_uid\":\"saml-1\",\"first_name\":\"John\",\"last_name\":\"Doe\","
        + "\"email\":\"user@example.com\",\"lang\":\"en_US\",\"external_identifier\":\"EXT-1\","
        + "\"metadata\":{\"team\":\"blue\"}},\"relationships\":{\"company\":{\"data\":"
        + "{\"type\":\"company\",\"id\":\"" + COMPANY + "\"}}}}}", request.getBody().readUtf8());
  }

  @Test
  void getCyclistPutsUuidInPath() throws Exception {
    server.enqueue(json(200, seed("cyclist.json")));

    CyclistDocument cyclist = client.calls().cyclists().getCyclist(ID).execute().body();

    assertEquals("Doe", cyclist.getData().getAttributes().getLastName());
    assertEquals("string", cyclist.getData().getAttributes().getExternalIdentifier());
    assertEquals("GET /cyclists/" + ID + " HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void updateCyclistPatchesOnlyTheFieldsSet() throws Exception {
    server.enqueue(json(200, seed("cyclist.json")));
    CyclistPatchRequest patch = new CyclistPatchRequest().data(new CyclistPatch()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistPatchAttributes().active(false).email("new@example.com")));

    client.calls().cyclists().updateCyclist(ID, patch).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH /cyclists/" + ID + " HTTP/1.1", request.getRequestLine());
    assertJsonEquals("{\"data\":{\"type\":\"cyclist\",\"attributes\":{\"active\":false,"
        + "\"email\":\"new@example.com\"}}}", request.getBody().readUtf8());
  }

  @Test
  void listDealersDecodesCoordinatesAndBrands() throws Exception {
    server.enqueue(json(200, seed("dealer-list.json")));

    DealerList dealers = client.calls().dealers().listDealers().execute().body();

    DealerAttributes dealer = dealers.getData().get(0).getAttributes();
    assertEquals("The Dealer", dealer.getName());
    assertEquals("BE", dealer.getCountryCode());
    assertEquals("BE 0123.456.789", dealer.getVat());
    assertEquals(50.8503, dealer.getLatitude());
    assertEquals(4.3517, dealer.getLongitude());
    assertEquals(Collections.singletonList("Gazelle"), dealer.getBrands());
    assertEquals("GET /dealers HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void listOrdersSendsFiltersAndDecodesMoneyDatesAndStates() throws Exception {
    server.enqueue(json(200, seed("order-list.json")));

    OrderList orders = client.calls().orders().listOrders(COMPANY, ID, "2021-12-15T10:30:00").execute().body();

    Order order = orders.getData().get(0);
    OrderAttributes attributes = order.getAttributes();
    assertEquals(OrderType.ORDER, order.getType());
    assertEquals(OrderState.QUOTE, attributes.getState());
    assertEquals(BikeOrderState.ORDERED, attributes.getBikeOrderState());
    assertEquals(new BigDecimal("91.26"), attributes.getLeaseCost());
    assertEquals(new BigDecimal("300"), attributes.getMaintenanceBudget());
    assertEquals(36, attributes.getLeaseDuration());
    assertEquals(OffsetDateTime.of(2019, 8, 24, 14, 15, 22, 0, ZoneOffset.UTC), attributes.getCreateTimestamp());
    assertEquals("Unisex", attributes.getBikeFrameType());
    assertEquals(ID, order.getRelationships().getCyclist().getData().getId());
    assertEquals("GET /orders?company_id=" + COMPANY + "&cyclist_id=" + ID
        + "&updated_since=2021-12-15T10%3A30%3A00 HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void listOrdersWithoutLinksIsComplete() throws Exception {
    server.enqueue(json(200, seed("order-list.json")));

    OrderList orders = client.orders().listOrders();

    assertNull(orders.getLinks());
    assertNull(orders.getMeta());
  }

  @Test
  void listOrdersThatIsOnePageOfSeveralSaysSoInLinksNext() throws Exception {
    server.enqueue(json(200, "{\"data\":[],\"links\":{\"self\":\"https://integrator-api.cyclis.be/orders?page=1\","
        + "\"prev\":null,\"next\":\"https://integrator-api.cyclis.be/orders?page=2\"},\"meta\":{\"total\":250}}"));

    OrderList orders = client.orders().listOrders();

    assertEquals("https://integrator-api.cyclis.be/orders?page=2", orders.getLinks().getNext());
    assertNull(orders.getLinks().getPrev());
    assertEquals(Collections.singletonMap("total", 250.0), orders.getMeta());
    assertEquals("GET /orders HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void getOrderPutsUuidInPath() throws Exception {
    server.enqueue(json(200, seed("order.json")));

    OrderDocument order = client.calls().orders().getOrder(ID).execute().body();

    assertEquals("SO12345", order.getData().getAttributes().getName());
    assertEquals("GET /orders/" + ID + " HTTP/1.1", server.takeRequest().getRequestLine());
  }

  @Test
  void updateOrderStatusPatchesStatusWithCostCenter() throws Exception {
    server.enqueue(json(200, seed("order.json")));
    OrderStatusUpdateRequest approve = new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
        .id(ID)
        .type(OrderType.ORDER)
        .attributes(new OrderStatusUpdateAttributes()
            .status(OrderStatusChange.CYCLIST_CONFIRM)
            .costCenter("CC12345")
            .employeeId("EM12345")));

    client.calls().orders().updateOrderStatus(ID, approve).execute();

    RecordedRequest request = server.takeRequest();
    assertEquals("PATCH /orders/" + ID + " HTTP/1.1", request.getRequestLine());
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
    assertJsonEquals("{\"data\":{\"id\":\"" + ID + "\",\"type\":\"order\",\"attributes\":"
        + "{\"status\":\"cyclist_confirm\",\"cost_center\":\"CC12345\",\"employee_id\":\"EM12345\"}}}",
        request.getBody().readUtf8());
  }

  @Test
  void registerCallbackPostsUrlAndDecodesItsUuid() throws Exception {
    server.enqueue(json(201, seed("callback.json")));
    CallbackRegistrationRequest register = new CallbackRegistrationRequest().data(new CallbackRegistration()
        .type(CallbackType.ORDER_CALLBACK)
        .attributes(new CallbackRegistrationAttributes().url(URI.create("https://hooks.example.com/cyclis"))));

    RegisteredCallbackDocument callback = client.calls().callbacks().registerCallback(register).execute().body();

    assertEquals(CallbackType.ORDER_CALLBACK, callback.getData().getType());
    assertEquals(UUID.fromString("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"),
        callback.getData().getAttributes().getUuid());
    RecordedRequest request = server.takeRequest();
    assertEquals("POST /callback HTTP/1.1", request.getRequestLine());
    assertJsonEquals("{\"data\":{\"type\":\"orderCallback\",\"attributes\":"
        + "{\"url\":\"https://hooks.example.com/cyclis\"}}}", request.getBody().readUtf8());
  }

  @Test
  void deleteCallbackAcceptsNoContent() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(204));

    Void nothing = client.calls().callbacks().deleteCallback().execute().body();

    assertNull(nothing);
    RecordedRequest request = server.takeRequest();
    assertEquals("DELETE /callback HTTP/1.1", request.getRequestLine());
    assertEquals(TOKEN, request.getHeader("API-TOKEN"));
  }
}
