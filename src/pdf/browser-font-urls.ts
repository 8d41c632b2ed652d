// The font files of font-files.ts, as URLs the app serves itself (Vite copies them at build time).
import amiriBoldItalic from '@expo-google-fonts/amiri/700Bold_Italic/Amiri_700Bold_Italic.ttf?url';
import amiriBold from '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf?url';
import amiriItalic from '@expo-google-fonts/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf?url';
import amiriRegular from '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf?url';
import notoSansBoldItalic from '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf?url';
import notoSansBold from '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf?url';
import notoSansItalic from '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf?url';
import notoSansRegular from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import notoSansScRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import type { FontFamilyName, FontStyle } from './font-files';

export const browserFontUrls: Record<FontFamilyName, Record<FontStyle, string>> = {
  NotoSans: { normal: notoSansRegular, bold: notoSansBold, italics: notoSansItalic, bolditalics: notoSansBoldItalic },
  NotoSansSC: { normal: notoSansScRegular, bold: notoSansScRegular, italics: notoSansScRegular, bolditalics: notoSansScRegular },
  Amiri: { normal: amiriRegular, bold: amiriBold, italics: amiriItalic, bolditalics: amiriBoldItalic },
};
