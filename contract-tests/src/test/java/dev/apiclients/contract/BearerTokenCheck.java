package dev.apiclients.contract;

import com.atlassian.oai.validator.interaction.request.CustomRequestValidator;
import com.atlassian.oai.validator.model.ApiOperation;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Requires {@code Authorization: Bearer <token>} on requests to operations secured by OAuth 2.0.
 * swagger-request-validator checks API-key and HTTP schemes but skips OAuth 2.0 ("not currently
 * supported"), so without this a Cyclr pact could leave the token out and still pass.
 */
final class BearerTokenCheck implements CustomRequestValidator {
  private final Map<String, SecurityScheme> schemes;

  BearerTokenCheck(OpenAPI spec) {
    this.schemes = spec.getComponents() == null || spec.getComponents().getSecuritySchemes() == null
        ? Map.of() : spec.getComponents().getSecuritySchemes();
  }

  @Override
  public ValidationReport validate(Request request, ApiOperation apiOperation) {
    List<SecurityRequirement> requirements = apiOperation.getOperation().getSecurity();
    if (requirements == null || requirements.isEmpty()) {
      return ValidationReport.empty();
    }
    for (SecurityRequirement requirement : requirements) {
      // An empty requirement means "no authentication is also fine"; and any requirement without
      // OAuth 2.0 is the validator's own business.
      if (requirement.keySet().stream().noneMatch(this::isOAuth2)) {
        return ValidationReport.empty();
      }
    }
    boolean bearer = request.getHeaderValue("Authorization")
        .map(value -> value.toLowerCase(Locale.ROOT).startsWith("bearer ") && value.trim().length() > 7)
        .orElse(false);
    return bearer ? ValidationReport.empty() : ValidationReport.singleton(ValidationReport.Message.create(
        "validation.request.security.missing",
        "OAuth 2.0 security requires an 'Authorization: Bearer <token>' header; the request has none").build());
  }

  private boolean isOAuth2(String schemeName) {
    SecurityScheme scheme = schemes.get(schemeName);
    return scheme != null && scheme.getType() == SecurityScheme.Type.OAUTH2;
  }
}
