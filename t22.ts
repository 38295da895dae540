import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 390, height: 844 } });
p.on('console', (m) => console.log('console', m.text().slice(0, 200)));
await p.goto('http://localhost:4338/modul/modul-uji/pelajaran-uji/');
await p.waitForTimeout(3000);
console.log((await p.locator('main').innerText()).slice(0, 500));
console.log(await p.locator('vite-error-overlay').count(), await p.getByText('Isi pelajaran uji.').count());
await b.close();
