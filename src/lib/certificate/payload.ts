import { isCalendarDate } from './dates.ts';

/** Version of the certificate payload format; bump when the fields change. */
export const PAYLOAD_VERSION = 1;

/** Id of the final exam's line on a certificate (after the module lines): short, to keep the QR code small. */
export const EXAM_LINE_ID = 'ujian';

/** One module line on a certificate: id, completion date, score in percent (null when the module has no quiz). */
export type ModuleLine = readonly [moduleId: string, completedOn: string, score: number | null];

/**
 * What a certificate states, in the compact form carried by its QR code. Keys are short because the QR must stay
 * small; `canonicalPayload` fixes their order so the same certificate always gives the same bytes.
 */
export interface CertificatePayload {
  /** Format version. */
  readonly v: number;
  /** Certificate number. */
  readonly no: string;
  /** Course id. */
  readonly c: string;
  /** Learner's full name. */
  readonly n: string;
  /** Learner kind: "a" anggota (Polri member) or "m" mitra (community partner). */
  readonly k: 'a' | 'm';
  /** NRP for anggota, role for mitra. */
  readonly id: string;
  /** Pangkat (rank), when known. */
  readonly p?: string;
  /** Satuan (unit), when known. */
  readonly u?: string;
  /** Modules in course order. */
  readonly m: readonly ModuleLine[];
  /** Date of issue (YYYY-MM-DD). */
  readonly i: string;
  /** Last valid day (YYYY-MM-DD), or null when it never expires. */
  readonly x: string | null;
}

const KEY_ORDER = ['v', 'no', 'c', 'n', 'k', 'id', 'p', 'u', 'm', 'i', 'x'] as const;

/** The payload as compact JSON with a fixed key order and no absent keys: the bytes that are hashed and signed. */
export function canonicalPayload(payload: CertificatePayload): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) {
    const value = payload[key];
    if (value !== undefined) ordered[key] = key === 'm' ? payload.m.map((line) => [line[0], line[1], line[2]]) : value;
  }
  return JSON.stringify(ordered);
}

const isText = (v: unknown, max = 200): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= max;

/** Reads a payload from untrusted JSON (a scanned QR); undefined when any field is missing or malformed. */
export function parsePayload(value: unknown): CertificatePayload | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const o = value as Record<string, unknown>;
  if (Object.keys(o).some((key) => !(KEY_ORDER as readonly string[]).includes(key))) return undefined;
  const { v, no, c, n, k, id, p, u, m, i, x } = o;
  if (v !== PAYLOAD_VERSION || !isText(no, 40) || !isText(c, 80) || !isText(n, 120) || !isText(id, 120))
    return undefined;
  if (k !== 'a' && k !== 'm') return undefined;
  if (p !== undefined && !isText(p, 60)) return undefined;
  if (u !== undefined && !isText(u, 120)) return undefined;
  if (!isText(i, 10) || !isCalendarDate(i)) return undefined;
  if (x !== null && !(isText(x, 10) && isCalendarDate(x))) return undefined;
  if (!Array.isArray(m) || m.length === 0) return undefined;
  const lines: ModuleLine[] = [];
  for (const line of m as unknown[]) {
    if (!Array.isArray(line) || line.length !== 3) return undefined;
    const [mid, done, score] = line as unknown[];
    if (!isText(mid, 80) || !isText(done, 10) || !isCalendarDate(done)) return undefined;
    if (score !== null && !(typeof score === 'number' && score >= 0 && score <= 100)) return undefined;
    lines.push([mid, done, score]);
  }
  return {
    v,
    no,
    c,
    n,
    k,
    id,
    ...(p === undefined ? {} : { p }),
    ...(u === undefined ? {} : { u }),
    m: lines,
    i,
    x,
  };
}
