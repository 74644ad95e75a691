/**
 * Polls until `check` returns a truthy value (and returns it) or the deadline passes. For waiting on asynchronous
 * outcomes (a relay, a retry delay) without asserting on time: the deadline is generous and only bounds a failure.
 */
export async function waitFor<T>(
  check: () => Promise<T> | T,
  {
    timeoutMs = 20_000,
    intervalMs = 50,
    what = 'condition',
  }: { timeoutMs?: number; intervalMs?: number; what?: string } = {},
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
