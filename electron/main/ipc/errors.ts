/** An error a handler raises on purpose: its message is safe to show the user. */
export class HandlerError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
