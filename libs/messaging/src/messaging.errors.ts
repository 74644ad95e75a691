/** The target service did not answer within the timeout (the gateway answers 504). */
export class RequestTimeoutError extends Error {
  constructor(
    readonly command: string,
    readonly timeoutMs: number,
  ) {
    super(`${command} got no reply within ${timeoutMs} ms`);
    this.name = 'RequestTimeoutError';
  }
}

/** No replica of the target service is consuming, or the broker is unreachable (the gateway answers 503). */
export class ServiceUnavailableError extends Error {
  constructor(
    readonly command: string,
    reason: string,
  ) {
    super(`${command} cannot be delivered: ${reason}`);
    this.name = 'ServiceUnavailableError';
  }
}
