package dev.apiclients.spectooling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibilityGateTest {
  private static final Path FIXTURES = Path.of("src/test/resources/fixtures/compat");

  @Test
  void breakingChangesUnderAMinorBumpFailWithEveryChangeNamed() throws IOException {
    CompatibilityGate.Result result = check("breaking.yaml");

    assertFalse(result.passed());
    assertEquals(List.of(
        "DELETE /bikes/{bikeId} (deleteBike): operation removed",
        "GET /bikes (listBikes), query parameter 'color': enum values [blue] removed from a request "
            + "(clients may still send them)",
        "GET /bikes (listBikes), response 200 application/json, $[].size: response property removed",
        "GET /bikes (listBikes), response 200 application/json, $[].id: type changed from integer to string",
        "POST /bikes (createBike), request body application/json, $.price: new required request property",
        "POST /bikes (createBike), request body application/json, $.frame: x-extensible-enum values [carbon] "
            + "removed from a request (clients may still send them)",
        "POST /bikes (createBike), response 201 application/json, $.size: response property removed",
        "POST /bikes (createBike), response 201 application/json, $.id: type changed from integer to string",
        "GET /bikes/{bikeId} (getBike), response 200 application/json, $.size: response property removed",
        "GET /bikes/{bikeId} (getBike), response 200 application/json, $.id: type changed from integer to string"),
        result.breaking());
    assertEquals(
        "breaking.yaml fails the breaking-change gate against its baseline (info.version 1.0.0):\n"
            + "  10 breaking change(s), but info.version 1.1.0 is not a major bump of the baseline's 1.0.0 "
            + "(a breaking change needs 2.0.0 or later).\n"
            + "Breaking changes:\n"
            + "  - DELETE /bikes/{bikeId} (deleteBike): operation removed\n",
        result.failureMessage().substring(0, result.failureMessage().indexOf("  - GET /bikes (listBikes)")));
    assertTrue(result.failureMessage().endsWith("Keep the change compatible, or release it as a new major "
        + "version (docs/compatibility-gate.md)."));
  }

  @Test
  void breakingChangesUnderAMajorBumpPass() throws IOException {
    String breaking = Files.readString(FIXTURES.resolve("breaking.yaml")).replace("version: 1.1.0", "version: 2.0.0");

    CompatibilityGate.Result result = CompatibilityGate.check("breaking.yaml", baseline(), breaking);

    assertTrue(result.passed(), result::failureMessage);
    assertEquals(10, result.breaking().size());
    assertEquals("breaking, allowed by the major version bump 1.0.0 -> 2.0.0", result.verdict());
  }

  @Test
  void compatibleChangesPassAndAreSummarised(@TempDir Path reports) throws IOException {
    CompatibilityGate.Result result = check("compatible.yaml");

    assertTrue(result.passed(), result::failureMessage);
    assertEquals(List.of(), result.breaking());
    assertEquals("compatible", result.verdict());
    assertEquals(List.of(
        "GET /bikes (listBikes), response 200 application/json, $[].state: x-extensible-enum values [used] "
            + "removed (an open set in a response: clients already accept any value)",
        "GET /bikes (listBikes), response 200 application/json, $[].state: x-extensible-enum values "
            + "[refurbished] added",
        "POST /bikes (createBike), request body application/json, $.frame: x-extensible-enum values [titanium] added",
        "POST /bikes (createBike), response 201 application/json, $.state: x-extensible-enum values [used] "
            + "removed (an open set in a response: clients already accept any value)",
        "POST /bikes (createBike), response 201 application/json, $.state: x-extensible-enum values "
            + "[refurbished] added",
        "GET /bikes/{bikeId} (getBike), response 200 application/json, $.state: x-extensible-enum values "
            + "[used] removed (an open set in a response: clients already accept any value)",
        "GET /bikes/{bikeId} (getBike), response 200 application/json, $.state: x-extensible-enum values "
            + "[refurbished] added",
        "GET /shops (listShops): operation added"),
        result.notes());

    String report = Files.readString(result.writeReport(reports));
    assertTrue(report.startsWith("# compatible.yaml: compatibility with the baseline\n"), report);
    assertTrue(report.contains("| verdict | **compatible** |"), report);
    // openapi-diff's own log: the added operation, the new properties, the widened enum.
    assertTrue(report.contains("##### `GET` /shops"), report);
    assertTrue(report.contains("Added property `wheelSize`"), report);
    assertTrue(report.contains("Added property `color`"), report);
  }

  @Test
  void anUnchangedSpecPasses() throws IOException {
    CompatibilityGate.Result result = check("baseline.yaml");

    assertTrue(result.passed(), result::failureMessage);
    assertEquals("no API changes", result.verdict());
    assertEquals(List.of(), result.notes());
  }

  @Test
  void aCompatibleChangeWithoutAVersionBumpPassesWithANote() throws IOException {
    String compatible = Files.readString(FIXTURES.resolve("compatible.yaml")).replace("version: 1.1.0", "version: 1.0.0");

    CompatibilityGate.Result result = CompatibilityGate.check("compatible.yaml", baseline(), compatible);

    assertTrue(result.passed(), result::failureMessage);
    assertTrue(result.notes().contains("info.version is still 1.0.0: bump it (minor for additions, patch for "
        + "fixes) before this spec is released."), result.notes()::toString);
  }

  @Test
  void aVersionThatGoesBackFails() throws IOException {
    String older = baseline().replace("version: 1.0.0", "version: 0.9.0");

    CompatibilityGate.Result result = CompatibilityGate.check("baseline.yaml", baseline(), older);

    assertFalse(result.passed());
    assertEquals(List.of("info.version went back from 1.0.0 to 0.9.0."), result.problems());
  }

  @Test
  void aVersionThatIsNotSemVerFails() throws IOException {
    String odd = baseline().replace("version: 1.0.0", "version: v2");

    CompatibilityGate.Result result = CompatibilityGate.check("baseline.yaml", baseline(), odd);

    assertEquals(List.of("info.version 'v2' is not MAJOR.MINOR.PATCH."), result.problems());
  }

  @Test
  void aResponseEnumThatGainsAValueIsBreaking() throws IOException {
    String base = baseline().replace("        state:\n          type: string\n          x-extensible-enum:",
        "        state:\n          type: string\n          enum:");
    String widened = base.replace("            - used\n", "            - used\n            - stolen\n");

    CompatibilityGate.Result result = CompatibilityGate.check("baseline.yaml", base, widened);

    assertTrue(result.breaking().contains("GET /bikes/{bikeId} (getBike), response 200 application/json, $.state: "
        + "enum values [stolen] added to a response (a closed enum; strict clients reject them; an open set is "
        + "an x-extensible-enum)"), result.breaking()::toString);
  }

  private static CompatibilityGate.Result check(String fixture) throws IOException {
    return CompatibilityGate.check(FIXTURES.resolve("baseline.yaml"), FIXTURES.resolve(fixture));
  }

  private static String baseline() throws IOException {
    return Files.readString(FIXTURES.resolve("baseline.yaml"));
  }
}
