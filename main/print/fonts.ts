import { Font } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cjkHyphenation } from './cjk';

/** The OFL fonts ship inside the npm packages: nothing is fetched, ever. */
const require = createRequire(import.meta.url);
const fontFile = (pkg: string, weight: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), weight, file);

export const SERIF = 'Noto Serif SC';
export const SANS = 'Noto Sans SC';

/** The TTF files, by family and weight: react-pdf registers them, and the bench's HTML loads the same. */
export const FONT_FILES = {
  serif: { 400: fontFile('@expo-google-fonts/noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf'), 900: fontFile('@expo-google-fonts/noto-serif-sc', '900Black', 'NotoSerifSC_900Black.ttf') },
  sans: { 400: fontFile('@expo-google-fonts/noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf'), 700: fontFile('@expo-google-fonts/noto-sans-sc', '700Bold', 'NotoSansSC_700Bold.ttf') },
} as const;

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: SERIF,
    fonts: [
      { src: FONT_FILES.serif[400], fontWeight: 400 },
      { src: FONT_FILES.serif[900], fontWeight: 900 },
    ],
  });
  Font.register({
    family: SANS,
    fonts: [
      { src: FONT_FILES.sans[400], fontWeight: 400 },
      { src: FONT_FILES.sans[700], fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(cjkHyphenation);
}
