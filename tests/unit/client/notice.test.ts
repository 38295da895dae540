// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showNotice, withdrawNotices } from '../../../src/client/progress/notice.ts';

// The markup ProgressData.astro renders on every page: a hidden live region and one template per notice.
function page() {
  document.body.innerHTML = `
    <div class="progress-notice" data-progress-notice role="status" hidden></div>
    <template data-notice="corrupted"><p><strong>Data progres yang tersimpan rusak.</strong></p></template>
    <template data-notice="quota"><p><strong>Penyimpanan peramban penuh.</strong></p></template>`;
  const region = document.querySelector<HTMLElement>('[data-progress-notice]');
  if (!region) throw new Error('no live region');
  return region;
}

describe('storage notice', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the live region first and its text a moment later, so screen readers announce it', () => {
    vi.useFakeTimers();
    const region = page();
    showNotice('corrupted');
    expect(region.hidden).toBe(false);
    expect(region.textContent.trim()).toBe('');
    vi.advanceTimersByTime(150);
    expect(region.textContent).toContain('Data progres yang tersimpan rusak.');
  });

  it('says each kind once, and adds a second kind straight into the visible region', () => {
    vi.useFakeTimers();
    const region = page();
    showNotice('corrupted');
    showNotice('corrupted');
    vi.advanceTimersByTime(150);
    showNotice('quota');
    expect(region.querySelectorAll('[data-shown]')).toHaveLength(2);
    expect(region.textContent.match(/rusak/g)).toHaveLength(1);
    expect(region.textContent).toContain('Penyimpanan peramban penuh.');
  });

  it('takes back the notices storage no longer needs, and hides the region once nothing is left', () => {
    vi.useFakeTimers();
    const region = page();
    showNotice('quota');
    showNotice('corrupted');
    vi.advanceTimersByTime(150);
    withdrawNotices(['quota']);
    expect(region.textContent).not.toContain('penuh');
    expect(region.hidden).toBe(false);
    withdrawNotices(['corrupted']);
    expect(region.hidden).toBe(true);
  });
});
