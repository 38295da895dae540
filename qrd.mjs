import jsQR from 'jsqr';
import QRCode from 'qrcode';
import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
const u = process.argv[2];
const q=QRCode.create(u,{errorCorrectionLevel:'M'}); const n=q.modules.size;
for (const px of [300, 330, 346, 360, 400]) {
  const s = px/n; let rects='';
  for(let r=0;r<n;r++)for(let c=0;c<n;c++) if(q.modules.get(r,c)){ let st=c; while(c+1<n&&q.modules.get(r,c+1)) c++; rects+=`M${(40+st*s).toFixed(3)} ${(40+r*s).toFixed(3)}h${((c-st+1)*s).toFixed(3)}v${s.toFixed(3)}h${(-(c-st+1)*s).toFixed(3)}z`; }
  const W=px+80;
  const svg=`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${W}"><rect width="100%" height="100%" fill="#fff"/><path d="${rects}" fill="#1a1a1a"/></svg>`;
  execSync(`convert svg:- -colorspace gray -depth 8 gray:/tmp/q.gray`, {input: svg});
  const g=readFileSync('/tmp/q.gray'); const rgba=new Uint8ClampedArray(W*W*4);
  for(let i=0;i<W*W;i++){rgba[i*4]=rgba[i*4+1]=rgba[i*4+2]=g[i];rgba[i*4+3]=255;}
  const d=jsQR(rgba,W,W,{inversionAttempts:'dontInvert'}); console.log(q.version, px, (px/n).toFixed(2), d?'ok':'fail');
}
