/** An in-memory Web Storage with switchable failures: disabled, a byte quota, shared between "tabs". */
export class FakeStorage {
  readonly data = new Map<string, string>();
  /** Throws SecurityError on every access when true (private mode, storage blocked). */
  disabled = false;
  /** Total characters allowed across keys; a write beyond it throws QuotaExceededError. */
  quota = Number.POSITIVE_INFINITY;
  /** Asked before each write; true makes that write throw (a storage that fails only sometimes). */
  flaky: () => boolean = () => false;

  private guard() {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
  }
  getItem(key: string): string | null {
    this.guard();
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.guard();
    if (this.flaky()) throw new DOMException('The operation failed for an unknown transient reason.', 'UnknownError');
    let used = value.length;
    for (const [k, v] of this.data) if (k !== key) used += v.length;
    if (used > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.guard();
    this.data.delete(key);
  }
}
