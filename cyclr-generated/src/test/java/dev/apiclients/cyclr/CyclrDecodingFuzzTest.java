package dev.apiclients.cyclr;

import dev.apiclients.cyclr.model.AccountCreateRequest;
import dev.apiclients.cyclr.model.AccountUpdateRequest;
import dev.apiclients.cyclr.model.InstallConnectorRequest;
import dev.apiclients.cyclr.model.SignInTokenRequest;
import dev.apiclients.runtime.testing.CannedResponses;
import dev.apiclients.runtime.testing.DecodingFuzz;
import dev.apiclients.runtime.testing.DecodingFuzzContract;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * Feeds arbitrary answers to every Cyclr operation through the client's real decoding path; the
 * only allowed outcomes are a decoded value or a documented {@code ApiException}. See {@code
 * CyclisDecodingFuzzTest} for how to run a real fuzzing session.
 */
class CyclrDecodingFuzzTest extends DecodingFuzzContract {
  private static final String ACCOUNT = "00000000000000000000000000000000";
  private static final List<String> NAMES = Arrays.asList("Id", "Name", "Description", "PricePlanId",
      "LastBillDate", "NextBillDate", "AuditInfo", "ExpiresAtUtc", "Token", "TaskCount", "CycleCount",
      "FromDate", "ToDate", "CurrentPricePlanId", "AnonymousAccountsEnabled", "AppStyle", "Domain",
      "Message", "ModelState", "error", "access_token", "expires_in", "token_type");

  private static final CannedResponses SERVER = new CannedResponses();
  private static final CyclrClient CLIENT = SERVER.wire(CyclrClient.builder().bearerToken("fuzz-token")).build();

  private static final List<Supplier<Call<?>>> OPERATIONS = Arrays.asList(
      () -> CLIENT.calls().accounts().listAccounts(),
      () -> CLIENT.calls().partner().getPartnerDetails(),
      () -> CLIENT.calls().accounts().createAccount(new AccountCreateRequest().name("Demo")),
      () -> CLIENT.calls().accounts().updateAccount(ACCOUNT, new AccountUpdateRequest().name("Demo")),
      () -> CLIENT.calls().accounts().createAccountSignInToken(
          new SignInTokenRequest().accountId(ACCOUNT).username("user@example.com")),
      () -> CLIENT.calls().connectors().installConnector(new InstallConnectorRequest()
          .accountId(ACCOUNT).connectorName("Connector").connectorVersion("v1").apiKey("key")),
      () -> CLIENT.calls().pricePlans().listPricePlans(),
      () -> CLIENT.calls().accounts().getAccountUsage(ACCOUNT, LocalDate.of(2016, 12, 9)));

  private static final DecodingFuzz FUZZ = new DecodingFuzz(SERVER, OPERATIONS, NAMES);

  @Override
  protected DecodingFuzz fuzz() {
    return FUZZ;
  }
}
