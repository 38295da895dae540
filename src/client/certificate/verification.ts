// /verifikasi/: checks a certificate from the URL fragment (a scanned QR) or from typed data, offline.
import { ui } from '../../i18n/id.ts';
import { normalizeCode } from '../../lib/certificate/encoding.ts';
import type { PublishedUnit } from '../../lib/certificate/endorsement.ts';
import { decodeEnvelope, type Envelope } from '../../lib/certificate/envelope.ts';
import { expiryDate } from '../../lib/certificate/expiry.ts';
import type { CertificatePayload, ModuleLine } from '../../lib/certificate/payload.ts';
import type { Revocation } from '../../lib/certificate/revocation.ts';
import { verifyCertificate, type Verification } from '../../lib/certificate/verify.ts';
import { escapeHtml } from '../../lib/html/escape-html.ts';
import { certificateLines, identityLine, moduleRows, printedDate, type CourseInfo } from './view.ts';
import { browserDigest, todayWib } from '../platform/webcrypto.ts';

const v = ui.verify;
const c = ui.certificate;

interface PageData {
  readonly courses: CourseInfo[];
  readonly units: PublishedUnit[];
  readonly revoked: Revocation[];
}

const esc = escapeHtml;

function line(text: string, good: boolean): string {
  return `<li class="verdict ${good ? 'good' : 'bad'}">${esc(text)}</li>`;
}

function report(result: Verification, data: PageData): string {
  const p = result.payload;
  const course = data.courses.find((x) => x.id === p.c);
  const items = [line(result.intact ? v.intact : v.altered, result.intact)];
  if (result.revoked) items.push(line(v.revoked(printedDate(result.revoked.date), result.revoked.reason), false));
  else items.push(line(v.notRevoked, true));
  if (p.x === null) items.push(line(v.noExpiry, true));
  else items.push(line(result.expired ? v.expired(printedDate(p.x)) : v.valid(printedDate(p.x)), !result.expired));
  const e = result.endorsement;
  if (e.state === 'valid') items.push(line(v.endorsed(e.unit.name), true));
  else if (e.state === 'none') items.push(`<li class="verdict">${esc(v.selfIssued)}</li>`);
  else items.push(line(e.reason === 'bad-signature' ? v.badSignature : v.unknownUnit(e.unitId), false));
  const rows = course
    ? moduleRows({ envelope: { payload: p, code: '' }, course })
    : p.m.map(([id, date, score]) => [id, printedDate(date), score === null ? c.noScore : String(score)]);
  return `<ul>${items.join('')}</ul>
<h3>${esc(v.data)}</h3>
<dl class="prose">
  <dt>${esc(c.number)}</dt><dd>${esc(p.no)}</dd>
  <dt>${esc(v.name)}</dt><dd>${esc(p.n)}</dd>
  <dt>${esc(v.kind)}</dt><dd>${esc(identityLine(p))}</dd>
  <dt>${esc(v.course)}</dt><dd>${esc(course?.title ?? p.c)}</dd>
  <dt>${esc(c.issuedOn)}</dt><dd>${esc(printedDate(p.i))}</dd>
  <dt>${esc(c.validUntil)}</dt><dd>${esc(p.x ? printedDate(p.x) : c.noExpiry)}</dd>
</dl>
<div class="table-scroll"><table><caption>${esc(c.module)}</caption>
<thead><tr><th scope="col">${c.module}</th><th scope="col">${c.completedOn}</th><th scope="col">${c.score}</th></tr></thead>
<tbody>${rows.map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;
}

async function show(envelope: Envelope, data: PageData, target: HTMLElement): Promise<void> {
  const result = await verifyCertificate(envelope, {
    units: data.units,
    revoked: data.revoked,
    today: todayWib(),
    digest: browserDigest,
    subtle: crypto.subtle,
  });
  target.innerHTML = report(result, data);
}

function fromHash(data: PageData, target: HTMLElement): void {
  if (location.hash.length <= 1) return;
  const decoded = decodeEnvelope(location.hash);
  if (!decoded.ok) {
    target.innerHTML = `<p class="verdict bad">${esc(v.unreadable)}</p>`;
    return;
  }
  void show(decoded.envelope, data, target);
}

function moduleFields(course: CourseInfo | undefined, holder: HTMLElement): void {
  holder.replaceChildren();
  for (const [i, m] of (course ? certificateLines(course) : []).entries()) {
    const date = document.createElement('label');
    date.innerHTML = `${esc(v.moduleDate(m.title))}<input type="date" name="m${i}-date" required />`;
    const score = document.createElement('label');
    score.innerHTML = `${esc(v.moduleScore(m.title))}<input type="number" min="0" max="100" name="m${i}-score" />`;
    holder.append(date, score);
  }
}

function typedEnvelope(form: HTMLFormElement, data: PageData): Envelope | undefined {
  const f = new FormData(form);
  const text = (name: string) => {
    const value = f.get(name);
    return typeof value === 'string' ? value.trim() : '';
  };
  const course = data.courses.find((x) => x.id === text('course'));
  if (!course) return undefined;
  const issued = text('issued');
  const m: ModuleLine[] = certificateLines(course).map((line, i) => {
    const score = text(`m${i}-score`);
    return [line.id, text(`m${i}-date`), score === '' ? null : Number(score)];
  });
  const payload: CertificatePayload = {
    v: 1,
    no: text('number').toUpperCase(),
    c: course.id,
    n: text('name'),
    k: text('kind') === 'm' ? 'm' : 'a',
    id: text('id'),
    ...(text('rank') ? { p: text('rank') } : {}),
    ...(text('unit') ? { u: text('unit') } : {}),
    m,
    i: issued,
    x: expiryDate(issued, course.validityMonths),
  };
  return { payload, code: normalizeCode(text('code')) };
}

/** Wires the page: the fragment on load and on change, and the typed form. */
export function mountVerification(): void {
  const data = JSON.parse(document.getElementById('verify-data')?.textContent ?? '{}') as PageData;
  const target = document.getElementById('verify-result') as HTMLElement;
  const form = document.getElementById('verify-form') as HTMLFormElement;
  const holder = document.getElementById('verify-modules') as HTMLElement;
  const select = form.elements.namedItem('course') as HTMLSelectElement;
  const sync = () => {
    moduleFields(
      data.courses.find((x) => x.id === select.value),
      holder,
    );
  };
  select.addEventListener('change', sync);
  sync();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const envelope = typedEnvelope(form, data);
    if (envelope)
      void show(envelope, data, target).then(() => {
        target.scrollIntoView();
      });
  });
  window.addEventListener('hashchange', () => {
    fromHash(data, target);
  });
  fromHash(data, target);
}
