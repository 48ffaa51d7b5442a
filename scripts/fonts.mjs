// Copies the papers' fallback font (花園明朝B, CJK Extensions B–F) and its licence into
// resources/fonts/, where the installer picks it up. It comes from Debian's fonts-hanazono package
// (OFL 1.1 or the Hanazono licence, both allowing redistribution); npm carries no copy of it.
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';

const from = '/usr/share/fonts/truetype/hanazono/HanaMinB.ttf';
const licence = '/usr/share/doc/fonts-hanazono/copyright';
if (!existsSync(from) || !existsSync(licence)) {
  console.error('缺少备用字体 HanaMinB：请先在打包机上执行 apt-get install fonts-hanazono，再打包。');
  process.exit(1);
}
mkdirSync('resources/fonts', { recursive: true });
copyFileSync(from, 'resources/fonts/HanaMinB.ttf');
copyFileSync(licence, 'resources/fonts/HanaMinB-LICENSE.txt');
console.log('resources/fonts: HanaMinB.ttf and its licence');
