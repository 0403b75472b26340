package dev.apiclients.cyclr;

import dev.apiclients.cyclr.api.AccountsApiService;
import dev.apiclients.cyclr.api.AccountsApiServiceAsync;
import dev.apiclients.cyclr.api.ConnectorsApiService;
import dev.apiclients.cyclr.api.ConnectorsApiServiceAsync;
import dev.apiclients.cyclr.api.PartnerApiService;
import dev.apiclients.cyclr.api.PartnerApiServiceAsync;
import dev.apiclients.cyclr.api.PricePlansApiService;
import dev.apiclients.cyclr.api.PricePlansApiServiceAsync;
import dev.apiclients.runtime.codegen.HeaderScope;

/** The services of one Cyclr view (the partner, or one account), sync and async, over its calls. */
final class CyclrServices {
  final CyclrCalls calls;
  final AccountsApiService accounts;
  final PartnerApiService partner;
  final ConnectorsApiService connectors;
  final PricePlansApiService pricePlans;
  final CyclrClientAsync async;

  CyclrServices(CyclrCalls calls, HeaderScope scope) {
    this.calls = calls;
    this.accounts = new AccountsApiService(calls.accounts(), scope);
    this.partner = new PartnerApiService(calls.partner(), scope);
    this.connectors = new ConnectorsApiService(calls.connectors(), scope);
    this.pricePlans = new PricePlansApiService(calls.pricePlans(), scope);
    this.async = new CyclrClientAsync(new AccountsApiServiceAsync(accounts), new PartnerApiServiceAsync(partner),
        new ConnectorsApiServiceAsync(connectors), new PricePlansApiServiceAsync(pricePlans));
  }
}
