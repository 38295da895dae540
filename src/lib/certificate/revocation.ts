/** A revoked certificate as listed in content/revoked.yaml. */
export interface Revocation {
  /** Certificate number. */
  readonly id: string;
  /** Date of revocation (YYYY-MM-DD). */
  readonly date: string;
  /** Why it was revoked. */
  readonly reason: string;
}

/** The revocation entry for a certificate number, if any (case-insensitive). */
export function findRevocation(number: string, revoked: readonly Revocation[]): Revocation | undefined {
  const wanted = number.trim().toUpperCase();
  return revoked.find((r) => r.id.toUpperCase() === wanted);
}
