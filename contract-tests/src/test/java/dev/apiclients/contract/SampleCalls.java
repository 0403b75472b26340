package dev.apiclients.contract;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.CallbacksApi;
import dev.apiclients.cyclis.api.CompaniesApi;
import dev.apiclients.cyclis.api.CyclistsApi;
import dev.apiclients.cyclis.api.DealersApi;
import dev.apiclients.cyclis.api.OrdersApi;
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
import dev.apiclients.cyclr.CyclrAccountScope;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.api.AccountsApi;
import dev.apiclients.cyclr.api.ConnectorsApi;
import dev.apiclients.cyclr.api.OAuthApi;
import dev.apiclients.cyclr.api.PartnerApi;
import dev.apiclients.cyclr.api.PricePlansApi;
import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import java.io.Closeable;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Every operation of one API, made through its generated client with fixed sample arguments: what a
 * recorded answer is replayed through. The arguments do not matter to the answer (it is recorded);
 * they only have to be ones the client accepts.
 */
final class SampleCalls implements AutoCloseable {
  private static final UUID ID = UUID.fromString("497f6eca-6276-4993-bfeb-53cbbbba6f08");
  private static final String ACCOUNT = "00000000000000000000000000000000";
  /** Where Cyclis' callbacks would go; a recorded answer never calls it. */
  private static final URI CALLBACK_URL = URI.create("https://integrator.example.com/cyclis/callback");

  private final Closeable client;
  private final List<Class<?>> apiInterfaces;
  private final Map<String, Supplier<Call<?>>> calls = new LinkedHashMap<>();

  private SampleCalls(Closeable client, Class<?>... apiInterfaces) {
    this.client = client;
    this.apiInterfaces = Arrays.asList(apiInterfaces);
  }

  /** The calls of {@code api}'s client, pointed at {@code serverUrl}. */
  static SampleCalls of(ApiUnderTest api, String serverUrl) {
    switch (api) {
      case CYCLIS:
        return cyclis(TestClients.cyclis(serverUrl, "recorded-replay-api-token"), CALLBACK_URL);
      case CYCLR:
        return cyclr(TestClients.cyclr(serverUrl, "recorded-replay-access-token"), serverUrl);
      default:
        throw new IllegalArgumentException(api.name());
    }
  }

  /**
   * The calls of {@code api}'s client as a user makes them against {@code serverUrl}: Cyclr's client
   * buys its token there with client credentials ({@code /oauth/token}) instead of sending a fixed one,
   * and Cyclis' {@code registerCallback} registers {@code callbackUrl}, where a mock server that acts
   * out the spec's callbacks (Prism) sends them.
   */
  static SampleCalls withOwnToken(ApiUnderTest api, String serverUrl, URI callbackUrl) {
    switch (api) {
      case CYCLIS:
        return cyclis(TestClients.cyclis(serverUrl, "recorded-replay-api-token"), callbackUrl);
      case CYCLR:
        return cyclr(TestClients.cyclrWithClientCredentials(serverUrl, "sample-client-id", "sample-client-secret"),
            serverUrl);
      default:
        throw new IllegalArgumentException(api.name());
    }
  }

  /** The operationIds this object can call, in spec order. */
  List<String> operationIds() {
    return List.copyOf(calls.keySet());
  }

  /** Starts the operation's call; it is not executed yet. */
  Call<?> call(String operationId) {
    Supplier<Call<?>> call = calls.get(operationId);
    if (call == null) {
      throw new IllegalArgumentException("no sample call for operation " + operationId + "; add one to SampleCalls");
    }
    return call.get();
  }

  /**
   * What the operation's successful answer decodes to, read from the generated Retrofit interface
   * ({@code Call<T>} gives T), so that a body can be re-encoded with the same type it was decoded to.
   */
  Type responseType(String operationId) {
    for (Class<?> api : apiInterfaces) {
      for (Method method : api.getMethods()) {
        if (method.getName().equals(operationId)) {
          return ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
        }
      }
    }
    throw new IllegalArgumentException("no method " + operationId + " in " + apiInterfaces);
  }

  @Override
  public void close() throws Exception {
    client.close();
  }

  private static SampleCalls cyclis(CyclisClient client, URI callbackUrl) {
    SampleCalls samples = new SampleCalls(client,
        CompaniesApi.class, CyclistsApi.class, DealersApi.class, OrdersApi.class, CallbacksApi.class);
    Map<String, Supplier<Call<?>>> calls = samples.calls;
    calls.put("listCompanies", () -> client.calls().companies().listCompanies());
    calls.put("listCyclists", () -> client.calls().cyclists().listCyclists(null, "user@example.com"));
    calls.put("createCyclist", () -> client.calls().cyclists().createCyclist(new CyclistCreateRequest().data(new CyclistCreate()
        .type(CyclistType.CYCLIST)
        .attributes(new CyclistCreateAttributes().firstName("John").lastName("Doe").email("user@example.com")
            .lang("en_US"))
        .relationships(new CyclistRelationships()
            .company(new Relationship().data(new ResourceIdentifier().type("company").id(ID)))))));
    calls.put("getCyclist", () -> client.calls().cyclists().getCyclist(ID));
    calls.put("updateCyclist", () -> client.calls().cyclists().updateCyclist(ID, new CyclistPatchRequest().data(
        new CyclistPatch().type(CyclistType.CYCLIST).attributes(new CyclistPatchAttributes().active(true)))));
    calls.put("listDealers", () -> client.calls().dealers().listDealers());
    calls.put("listOrders", () -> client.calls().orders().listOrders(null, null, null));
    calls.put("getOrder", () -> client.calls().orders().getOrder(ID));
    calls.put("updateOrderStatus", () -> client.calls().orders().updateOrderStatus(ID, new OrderStatusUpdateRequest().data(
        new OrderStatusUpdate().id(ID).type(OrderType.ORDER)
            .attributes(new OrderStatusUpdateAttributes().status(OrderStatusChange.CYCLIST_CONFIRM)))));
    calls.put("registerCallback", () -> client.calls().callbacks().registerCallback(new CallbackRegistrationRequest().data(
        new CallbackRegistration().type(CallbackType.ORDER_CALLBACK).attributes(
            new CallbackRegistrationAttributes().url(callbackUrl)))));
    calls.put("deleteCallback", () -> client.calls().callbacks().deleteCallback());
    return samples;
  }

  private static SampleCalls cyclr(CyclrClient client, String serverUrl) {
    CyclrAccountScope account = client.forAccount(ACCOUNT);
    OAuthApi oauth = TestClients.cyclrTokenEndpoint(serverUrl);
    SampleCalls samples = new SampleCalls(client,
        AccountsApi.class, PartnerApi.class, ConnectorsApi.class, PricePlansApi.class, OAuthApi.class);
    Map<String, Supplier<Call<?>>> calls = samples.calls;
    calls.put("listAccounts", () -> client.calls().accounts().listAccounts());
    calls.put("getPartnerDetails", () -> client.calls().partner().getPartnerDetails());
    calls.put("createAccount", () -> client.calls().accounts().createAccount(new AccountCreateRequest().name("Demo Account")));
    calls.put("updateAccount", () -> account.calls().accounts().updateAccount(ACCOUNT, new AccountUpdateRequest().name("New")));
    calls.put("createAccountSignInToken", () -> account.calls().accounts().createAccountSignInToken(
        new SignInTokenRequest().accountId(ACCOUNT).username("user@example.com")));
    calls.put("installConnector", () -> account.calls().connectors().installConnector(new InstallConnectorRequest()
        .accountId(ACCOUNT).connectorName("Connector").connectorVersion("v1").apiKey("replay-connector-key")));
    calls.put("listPricePlans", () -> client.calls().pricePlans().listPricePlans());
    calls.put("getAccountUsage", () -> account.calls().accounts().getAccountUsage(ACCOUNT, null));
    // The client makes this call itself (OAuthTokens) before its first other call; here it is made
    // through the generated interface, so that a token answer is decoded by the generated model.
    calls.put("createAccessToken", () -> oauth.createAccessToken(
        "client_credentials", "sample-client-id", "sample-client-secret", null));
    return samples;
  }
}
