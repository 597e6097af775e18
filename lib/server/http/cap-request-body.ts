// A copy of a request whose body stops with BodyTooLargeError once more than
// maxBytes arrive: request.formData() and request.json() buffer the whole
// body, and a chunked upload has no Content-Length to refuse it by up front.
import "server-only";

export class BodyTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${maxBytes} bytes.`);
  }
}

export function capRequestBody(request: Request, maxBytes: number): Request {
  if (!request.body) return request;
  let size = 0;
  const capped = request.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        size += chunk.byteLength;
        if (size > maxBytes) controller.error(new BodyTooLargeError(maxBytes));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, {
    method: request.method,
    headers: request.headers,
    body: capped,
    duplex: "half",
  } as RequestInit);
}
