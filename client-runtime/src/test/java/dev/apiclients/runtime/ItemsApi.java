package dev.apiclients.runtime;

import com.squareup.moshi.Json;
import dev.apiclients.runtime.codegen.JsonObjects;
import dev.apiclients.runtime.codegen.ScopedOperation;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * A Retrofit interface and model shaped like the generated ones (codegen/templates), for tests of
 * the stack a {@link ClientBuilder} builds: conversion, error mapping, sync and async calls.
 */
interface ItemsApi {
  @GET("items/{id}")
  Call<Item> get(@Path("id") String id);

  /** Acts inside the view's header scope, as a generated {@code x-account-scoped} operation does. */
  @ScopedOperation
  @GET("items/{id}/usage")
  Call<Item> usage(@Path("id") String id);

  @GET("items")
  Call<List<Item>> list(@Query("q") String query);

  @GET("index")
  Call<Map<String, List<Item>>> index();

  /** A generic array: neither a class nor a parameterized type. */
  @GET("pages")
  Call<List<Item>[]> pages();

  @POST("items")
  Call<Item> create(@Body Item item);

  @DELETE("items/{id}")
  Call<Void> delete(@Path("id") String id);

  /** Reads {@code {"error": "NOACC", "detail": {"message": "..."}}}, as the generated parsers read their API's. */
  ProviderError.Parser ERRORS = body -> {
    Map<String, Object> object = JsonObjects.parse(body);
    return new ProviderError(JsonObjects.text(object, "error"),
        JsonObjects.text(JsonObjects.child(object, "detail"), "message"));
  };

  final class Item {
    @Json(name = "name") @Required String name;
    @Json(name = "note") String note;

    static Item named(String name) {
      Item item = new Item();
      item.name = name;
      return item;
    }
  }
}
