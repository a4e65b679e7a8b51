/** Prints what a workload process measured itself, as one JSON line on stdout. */
export function report(extra: Record<string, unknown> = {}): void {
  process.stdout.write(JSON.stringify({ rssMb: process.resourceUsage().maxRSS / 1024, ...extra }) + '\n');
}
