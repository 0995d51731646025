import { describe, expect, it } from "vitest";
import { ApiError } from "./api-error";
import { validationErrors } from "./validation-errors";

const unprocessable = (init: Partial<ConstructorParameters<typeof ApiError>[0]>) =>
  new ApiError({ status: 422, message: "The destination isn't valid.", ...init });

describe("validationErrors", () => {
  it("joins each field's messages and keeps form-level ones", () => {
    const error = unprocessable({
      fieldErrors: { "config.url": ["config.url is required", "config.url must be a URL"] },
      formErrors: ["topics is invalid"],
    });
    expect(validationErrors(error)).toEqual({
      fields: { "config.url": "config.url is required config.url must be a URL" },
      form: ["topics is invalid"],
    });
  });

  it("moves messages of fields the form doesn't show to form level", () => {
    const error = unprocessable({
      fieldErrors: { "config.url": ["bad url"], "credentials.key": ["key too short"] },
    });
    expect(validationErrors(error, ["config.url"])).toEqual({
      fields: { "config.url": "bad url" },
      form: ["key too short"],
    });
  });

  it("falls back to the error's summary when the 422 names nothing", () => {
    expect(validationErrors(unprocessable({}))).toEqual({
      fields: {},
      form: ["The destination isn't valid."],
    });
  });

  it("is null for anything but a 422", () => {
    expect(validationErrors(new ApiError({ status: 500, message: "boom" }))).toBeNull();
    expect(validationErrors(new Error("offline"))).toBeNull();
  });
});
