package dev.apiclients.cyclis;

import dev.apiclients.cyclis.model.CallbackRegistration;
import dev.apiclients.cyclis.model.CallbackRegistrationAttributes;
import dev.apiclients.cyclis.model.CallbackRegistrationRequest;
import dev.apiclients.cyclis.model.CallbackType;
import dev.apiclients.cyclis.model.CyclistCreate;
import dev.apiclients.cyclis.model.CyclistCreateAttributes;
import dev.apiclients.cyclis.model.CyclistCreateRequest;
import dev.apiclients.cyclis.model.CyclistPatch;
import dev.apiclients.cyclis.model.CyclistPatchAttributes;
import dev.apiclients.cyclis.model.CyclistPatchRequest;
import dev.apiclients.cyclis.model.CyclistRelationships;
import dev.apiclients.cyclis.model.CyclistType;
import dev.apiclients.cyclis.model.OrderStatusChange;
import dev.apiclients.cyclis.model.OrderStatusUpdate;
import dev.apiclients.cyclis.model.OrderStatusUpdateAttributes;
import dev.apiclients.cyclis.model.OrderStatusUpdateRequest;
import dev.apiclients.cyclis.model.OrderType;
import dev.apiclients.cyclis.model.Relationship;
import dev.apiclients.cyclis.model.ResourceIdentifier;
import dev.apiclients.runtime.testing.CannedResponses;
import dev.apiclients.runtime.testing.DecodingFuzz;
import dev.apiclients.runtime.testing.DecodingFuzzContract;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.UUID;
import retrofit2.Call;

/**
 * Feeds arbitrary answers to every Cyclis operation through the client's real decoding path. The
 * only allowed outcomes are a decoded value or one of the documented {@code ApiException}s; any
 * other throwable (an NPE, a bare JsonDataException, a DateTimeParseException) is a finding.
 *
 * <p>{@code ./mvnw test} replays the inputs under {@code src/test/resources/.../*Inputs}; a real
 * fuzzing run: {@code JAZZER_FUZZ=1 ./mvnw -pl cyclis-generated test -Dtest=CyclisDecodingFuzzTest}.
 */
class CyclisDecodingFuzzTest extends DecodingFuzzContract {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final List<String> NAMES = Arrays.asList("data", "id", "type", "attributes",
      "relationships", "company", "cyclist", "first_name", "email", "metadata", "name", "brands",
      "latitude", "state", "bike_order_state", "lease_cost", "lease_duration", "start_lease_date",
      "create_timestamp", "insurance", "uuid", "error", "message");

  private static final CannedResponses SERVER = new CannedResponses();
  private static final CyclisClient CLIENT = SERVER.wire(CyclisClient.builder().apiToken("fuzz-token")).build();

  private static final List<Supplier<Call<?>>> OPERATIONS = Arrays.asList(
      () -> CLIENT.calls().companies().listCompanies(),
      () -> CLIENT.calls().cyclists().listCyclists(ID, "a@b.c"),
      () -> CLIENT.calls().cyclists().createCyclist(new CyclistCreateRequest().data(new CyclistCreate()
          .type(CyclistType.CYCLIST)
          .attributes(new CyclistCreateAttributes().firstName("J").lastName("D").email("a@b.c").lang("en_US"))
          .relationships(new CyclistRelationships()
              .company(new Relationship().data(new ResourceIdentifier().type("company").id(ID)))))),
      () -> CLIENT.calls().cyclists().getCyclist(ID),
      () -> CLIENT.calls().cyclists().updateCyclist(ID, new CyclistPatchRequest().data(new CyclistPatch()
          .type(CyclistType.CYCLIST).attributes(new CyclistPatchAttributes().active(true)))),
      () -> CLIENT.calls().dealers().listDealers(),
      () -> CLIENT.calls().orders().listOrders(ID, ID, "2021-12-30"),
      () -> CLIENT.calls().orders().getOrder(ID),
      () -> CLIENT.calls().orders().updateOrderStatus(ID, new OrderStatusUpdateRequest().data(new OrderStatusUpdate()
          .id(ID).type(OrderType.ORDER)
          .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)))),
      () -> CLIENT.calls().callbacks().registerCallback(new CallbackRegistrationRequest().data(new CallbackRegistration()
          .type(CallbackType.ORDER_CALLBACK)
          .attributes(new CallbackRegistrationAttributes().url(URI.create("https://hooks.example.com/"))))),
      () -> CLIENT.calls().callbacks().deleteCallback());

  private static final DecodingFuzz FUZZ = new DecodingFuzz(SERVER, OPERATIONS, NAMES);

  @Override
  protected DecodingFuzz fuzz() {
    return FUZZ;
  }
}
