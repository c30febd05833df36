// An error as one line a person reads: its class and the first line of its message, cut short.
export function errorLine(error: unknown): string {
  const name = error instanceof Error ? error.constructor.name : typeof error;
  const first = (error instanceof Error ? error.message : String(error)).split("\n", 1)[0]!;
  return `${name}: ${first.slice(0, 200)}`;
}
