package dev.claudejava.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiExceptionTest {

  @ParameterizedTest
  @CsvSource({
    "400, invalid_request_error, BadRequestException",
    "401, authentication_error, AuthenticationException",
    "403, permission_error, PermissionDeniedException",
    "404, not_found_error, NotFoundException",
    "413, request_too_large, RequestTooLargeException",
    "429, rate_limit_error, RateLimitException",
    "500, api_error, InternalServerException",
    "503, api_error, InternalServerException",
    "529, overloaded_error, OverloadedException",
    "422, unprocessable, ApiException",
  })
  void eachStatusHasItsType(int status, String type, String exception) {
    ApiException e = ApiException.of(status, type, "msg", "req_1");

    assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(e.getMessage()).isEqualTo(status + " " + type + ": msg (request-id req_1)");
  }

  @ParameterizedTest
  @CsvSource({
    "overloaded_error, OverloadedException",
    "rate_limit_error, RateLimitException",
    "api_error, InternalServerException",
    "something_new, ApiException",
  })
  void anErrorInsideAStreamIsClassifiedByItsType(String type, String exception) {
    ApiException e = ApiException.of(200, type, "msg", null);

    assertThat(e.getClass().getSimpleName()).isEqualTo(exception);
    assertThat(e.getMessage()).isEqualTo("200 " + type + ": msg");
  }
}
