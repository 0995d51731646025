/** An error answered as Outpost's `{ status, message, data? }` JSON body. */
export class ApiError extends Error {
  readonly status: number;
  readonly data: unknown;

  constructor(status: number, message: string, data?: unknown) {
    super(message);
    this.status = status;
    this.data = data;
  }

  toBody(): { status: number; message: string; data?: unknown } {
    return this.data === undefined
      ? { status: this.status, message: this.message }
      : { status: this.status, message: this.message, data: this.data };
  }
}

export function validationError(messages: string[]): ApiError {
  return new ApiError(422, "validation error", messages);
}

export function notFound(resource: string): ApiError {
  return new ApiError(404, `${resource} not found`);
}

export function badRequest(message: string, data?: unknown): ApiError {
  return new ApiError(400, message, data);
}

export function forbidden(message: string): ApiError {
  return new ApiError(403, message);
}

/** 401/403 raised by the auth layer: Outpost answers these with an empty body. */
export class AuthError extends Error {
  readonly status: 401 | 403;

  constructor(status: 401 | 403) {
    super(status === 401 ? "unauthorized" : "forbidden");
    this.status = status;
  }
}
