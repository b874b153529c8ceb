/** Ends a loader with the "not found" view (RouteError renders it for status 404). */
export function notFound(): never {
  throw new Response(null, { status: 404, statusText: 'Not Found' });
}

/** The loader's data, or the "not found" view when there is none. */
export function orNotFound<T>(value: T | null): T {
  if (value === null) notFound();
  return value;
}
