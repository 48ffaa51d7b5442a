import { pathToFileURL } from 'node:url';
import { agreementCopies, chineseNumeral, type Party } from '../shared/mediation';
import { FONT_FILES } from '../main/print/fonts';
import type { MediationPaperData } from '../main/print/documents/mediationParts';
import { GAP } from '../main/print/documents/official';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function party(p: Party, i: number): string {
  const lines =
    p.kind === 'person'
      ? [`姓名：${p.name}${GAP}性别：${p.sex}${GAP}民族：${p.ethnicity}${GAP}年龄：${p.age ?? '—'}岁`, `身份证号：${p.idNumber || '—'}${GAP}联系方式：${p.phone || '—'}`, `职业或职务：${p.occupation || '—'}${GAP}单位或住址：${p.address || '—'}`]
      : [`名称：${p.name}`, `住所地：${p.address || '—'}`, `法定代表人（负责人）：${p.legalRepresentative}${GAP}联系方式：${p.phone || '—'}`];
  return `<div class="party"><h3>当事人${chineseNumeral(i + 1)}</h3>${lines.map((l) => `<p class="pl">${esc(l)}</p>`).join('')}</div>`;
}

/**
 * The same 人民调解协议书 as HTML, with the same fonts and GB/T 9704 margins: what Chromium's
 * page.pdf() (Electron's printToPDF) would lay out instead of react-pdf.
 */
export function agreementHtml(d: MediationPaperData): string {
  const font = (family: string, file: string, weight: number) => `@font-face { font-family: '${family}'; src: url('${pathToFileURL(file).href}'); font-weight: ${weight}; }`;
  const paras = (text: string) => text.split('\n').filter(Boolean).map((p) => `<p class="para">${esc(p)}</p>`).join('');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
${font('Serif', FONT_FILES.serif[400], 400)}
${font('Serif', FONT_FILES.serif[900], 900)}
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
body { font-family: 'Serif'; font-size: 16pt; line-height: 1.75; margin: 0; line-break: strict; }
h1 { font-size: 22pt; font-weight: 900; text-align: center; margin: 0 0 18pt; }
h3 { font-size: 16pt; font-weight: 900; margin: 6pt 0 0; break-after: avoid; }
p { margin: 0; }
.number { text-align: right; font-size: 14pt; margin-bottom: 12pt; }
.pl { font-size: 14pt; line-height: 1.6; }
.party { break-inside: avoid; margin-bottom: 4pt; }
.para { text-indent: 2em; }
.sign { break-inside: avoid; }
.sign .line { line-height: 2; }
.seal { text-align: right; margin-top: 20pt; }
</style></head><body>
<h1>人民调解协议书</h1>
<p class="number">编号：${esc(d.number)}</p>
${d.parties.map(party).join('')}
<h3>纠纷主要事实、争议事项：</h3>${paras(d.facts)}
<h3>经调解，自愿达成如下协议：</h3>${d.clauses.map((c, i) => `<p class="para">${chineseNumeral(i + 1)}、${esc(c)}</p>`).join('')}
<h3>履行方式、时限：</h3>${paras(d.performance)}
${d.amount ? `<p class="para">本协议涉及金额${esc(d.amount)}。</p>` : ''}
<div class="sign">
<p class="para">本协议一式${chineseNumeral(agreementCopies(d.parties.length))}份，当事人、人民调解委员会各持一份。</p>
<p style="margin-top:10pt">当事人（签名盖章或按指印）：</p>
${d.parties.map((p) => `<p class="line">${GAP}${GAP}${esc(p.name)}${p.kind === 'org' ? '（盖章）' : ''}${GAP}＿＿＿＿＿＿＿＿</p>`).join('')}
<p class="line">人民调解员（签名）：＿＿＿＿${GAP}记录人（签名）：＿＿＿＿</p>
<div class="seal"><p>（${esc(d.committeeName)}印）</p><p>${esc(d.mediatedOn)}</p></div>
</div>
</body></html>`;
}
