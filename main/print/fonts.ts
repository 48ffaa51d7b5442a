import { Font } from '@react-pdf/renderer';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cjkHyphenation } from './cjk';

/** The OFL fonts ship inside the npm packages: nothing is fetched, ever. */
const require = createRequire(import.meta.url);
const fontFile = (pkg: string, weight: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), weight, file);

const SERIF_FAMILY = 'Noto Serif SC';
const SANS_FAMILY = 'Noto Sans SC';
/** 花園明朝B (GlyphWiki, OFL 1.1 or the Hanazono licence): CJK Extensions B–F, for names Noto lacks. */
const FALLBACK_FAMILY = 'HanaMinB';
const FALLBACK_FILE = 'HanaMinB.ttf';

/** The TTF files, by family and weight: react-pdf registers them, and the bench's HTML loads the same. */
export const FONT_FILES = {
  serif: { 400: fontFile('@expo-google-fonts/noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf'), 900: fontFile('@expo-google-fonts/noto-serif-sc', '900Black', 'NotoSerifSC_900Black.ttf') },
  sans: { 400: fontFile('@expo-google-fonts/noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf'), 700: fontFile('@expo-google-fonts/noto-sans-sc', '700Bold', 'NotoSansSC_700Bold.ttf') },
} as const;

/**
 * Where the fallback font is: `resources/fonts/` beside the program (the installer carries it there;
 * `npm run fonts` copies it in before packaging), else Debian's `fonts-hanazono` package. Null when
 * neither has it: the papers then print what Noto has, and the desk warns of the rest at entry.
 */
export function fallbackFontFile(): string | null {
  const candidates: string[] = [];
  for (let dir = dirname(fileURLToPath(import.meta.url)), i = 0; i < 5; dir = dirname(dir), i++) {
    const file = join(dir, 'resources', 'fonts', FALLBACK_FILE);
    // Installed, the font sits unpacked beside the ASAR (a worker thread cannot count on reading inside it).
    candidates.push(file.replace(`app.asar${sep}`, `app.asar.unpacked${sep}`), file);
  }
  candidates.push(join('/usr/share/fonts/truetype/hanazono', FALLBACK_FILE));
  return candidates.find((c) => existsSync(c)) ?? null;
}

const fallback = fallbackFontFile();

/**
 * The families a paper's text is set in: Noto, and for a paper with a character Noto lacks the
 * fallback after it. The documents' styles hold these very arrays; `fallbackFor` sets them before
 * each paper (the worker lays out one paper at a time), so the 30 MB fallback is read only once a
 * paper needs it — react-pdf loads every family a style names, used or not.
 */
export const SERIF: string[] = [SERIF_FAMILY];
export const SANS: string[] = [SANS_FAMILY];

/** Names the fallback after Noto for the papers that need it (a name in CJK Extension B–F), else not. */
export function fallbackFor(needed: boolean): void {
  for (const families of [SERIF, SANS]) {
    families.length = 1;
    if (needed && fallback) families.push(FALLBACK_FAMILY);
  }
}

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: SERIF_FAMILY,
    fonts: [
      { src: FONT_FILES.serif[400], fontWeight: 400 },
      { src: FONT_FILES.serif[900], fontWeight: 900 },
    ],
  });
  Font.register({
    family: SANS_FAMILY,
    fonts: [
      { src: FONT_FILES.sans[400], fontWeight: 400 },
      { src: FONT_FILES.sans[700], fontWeight: 700 },
    ],
  });
  // One weight in the file, registered once: react-pdf sets a heading's rare character in it too (the
  // nearest weight), and it loads each registered source on its own — three weights would hold the
  // 30 MB file three times.
  if (fallback) Font.register({ family: FALLBACK_FAMILY, src: fallback });
  Font.registerHyphenationCallback(cjkHyphenation);
}
