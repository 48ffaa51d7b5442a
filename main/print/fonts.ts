import { Font } from '@react-pdf/renderer';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cjkHyphenation } from './cjk';

/** The OFL fonts ship inside the npm packages: nothing is fetched, ever. */
const require = createRequire(import.meta.url);
const fontFile = (pkg: string, weight: string, file: string) => join(dirname(require.resolve(`${pkg}/package.json`)), weight, file);

export const SERIF = 'Noto Serif SC';
export const SANS = 'Noto Sans SC';

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registered = true;
  Font.register({
    family: SERIF,
    fonts: [
      { src: fontFile('@expo-google-fonts/noto-serif-sc', '400Regular', 'NotoSerifSC_400Regular.ttf'), fontWeight: 400 },
      { src: fontFile('@expo-google-fonts/noto-serif-sc', '900Black', 'NotoSerifSC_900Black.ttf'), fontWeight: 900 },
    ],
  });
  Font.register({
    family: SANS,
    fonts: [
      { src: fontFile('@expo-google-fonts/noto-sans-sc', '400Regular', 'NotoSansSC_400Regular.ttf'), fontWeight: 400 },
      { src: fontFile('@expo-google-fonts/noto-sans-sc', '700Bold', 'NotoSansSC_700Bold.ttf'), fontWeight: 700 },
    ],
  });
  Font.registerHyphenationCallback(cjkHyphenation);
}
