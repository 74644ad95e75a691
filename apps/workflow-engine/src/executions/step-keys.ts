/**
 * Where a step stands: its node and its loop scope. A scope is the path of loop iterations it runs in
 * (`items#3`, or `outer#1/inner#0` for nested loops); a step's key is its node id, with `@scope` inside a loop.
 */
export const stepKeyOf = (nodeId: string, scope: string): string => (scope ? `${nodeId}@${scope}` : nodeId);

/** `outer#1/inner#0` → `outer#1/inner#0/loop#2`. */
export const iterationScope = (scope: string, loopId: string, index: number): string =>
  scope ? `${scope}/${loopId}#${index}` : `${loopId}#${index}`;

/** The innermost iteration of a scope, and the scope around it; null at the top. */
export function innermostIteration(scope: string): { loopId: string; index: number; parent: string } | null {
  if (!scope) return null;
  const cut = scope.lastIndexOf('/');
  const segment = scope.slice(cut + 1);
  const hash = segment.lastIndexOf('#');
  return {
    loopId: segment.slice(0, hash),
    index: Number(segment.slice(hash + 1)),
    parent: cut < 0 ? '' : scope.slice(0, cut),
  };
}

/** The scope and every scope around it, innermost first (`a#1/b#2`, `a#1`, ``). */
export function scopeChain(scope: string): string[] {
  const chain = [scope];
  let current = scope;
  while (current) {
    current = innermostIteration(current)!.parent;
    chain.push(current);
  }
  return chain;
}

export const OPEN_STEP_STATUSES = ['blocked', 'pending', 'running', 'waiting'] as const;
