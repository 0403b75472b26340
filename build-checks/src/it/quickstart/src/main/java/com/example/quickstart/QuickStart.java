package com.example.quickstart;

import dev.apiclients.cyclis.CyclisClient;
import dev.apiclients.cyclis.api.CyclistsApiService.ListCyclistsParams;
import dev.apiclients.cyclis.model.CyclistList;
import dev.apiclients.cyclr.CyclrClient;
import dev.apiclients.cyclr.CyclrRegion;
import dev.apiclients.cyclr.model.Account;
import java.io.IOException;
import java.util.List;

/**
 * The README's quick start, as a program. The lines between the markers are the README's first
 * code block, character for character (build-checks' ReadmeQuickStartTest compares them), so the
 * quick start compiles against the published jars or the build fails; QuickStartTest runs them.
 */
public final class QuickStart {
  /** What the quick start decoded, for its test to check. */
  static final class Answers {
    final CyclistList cyclists;
    final List<Account> accounts;

    Answers(CyclistList cyclists, List<Account> accounts) {
      this.cyclists = cyclists;
      this.accounts = accounts;
    }
  }

  private QuickStart() {}

  public static void main(String[] args) throws IOException {
    Answers answers = run();
    System.out.println(answers.cyclists);
    System.out.println(answers.accounts);
  }

  static Answers run() throws IOException {
    // README quick start: begin
    CyclisClient cyclis = CyclisClient.builder()
        .apiToken(System.getenv("CYCLIS_API_TOKEN"))
        .build();
    CyclistList cyclists = cyclis.cyclists().listCyclists(
        ListCyclistsParams.builder().filterEmail("user@example.com").build());

    CyclrClient cyclr = CyclrClient.builder()
        .region(CyclrRegion.EU)
        .clientCredentials(System.getenv("CYCLR_CLIENT_ID"), System.getenv("CYCLR_CLIENT_SECRET"))
        .build();
    List<Account> accounts = cyclr.accounts().listAccounts();
    // README quick start: end

    cyclis.close();
    cyclr.close();
    return new Answers(cyclists, accounts);
  }
}
