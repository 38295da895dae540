/** What the Pagefind indexer reported for one build step. */
export interface PagefindStep {
  /** Errors Pagefind returned. */
  readonly errors: readonly string[];
  /** Pages indexed (only for the directory step). */
  readonly pageCount?: number;
}

/**
 * The reason a Pagefind index must fail the build, or undefined when it is sound:
 * any error, or a site where no page carries `data-pagefind-body` content.
 */
export function pagefindFailure(steps: readonly PagefindStep[]): string | undefined {
  const errors = steps.flatMap((s) => s.errors);
  if (errors.length > 0) return `Pagefind gagal membuat indeks:\n${errors.map((e) => `  - ${e}`).join('\n')}`;
  const counted = steps.find((s) => s.pageCount !== undefined);
  if (counted?.pageCount === 0) {
    return 'Pagefind tidak menemukan halaman untuk diindeks (tidak ada data-pagefind-body di dist/).';
  }
  return undefined;
}
