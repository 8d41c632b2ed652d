/**
 * The fonts documents use, from npm packages (nothing is fetched from outside). TrueType only: pdfkit
 * cannot read WOFF2, and CFF-based CJK fonts drop glyphs. pdfkit embeds subsets, so files stay small.
 * The Chinese font has no bold cut here (10 MB each): bold Chinese prints in the regular weight.
 */
export const fontFiles = {
  NotoSans: {
    normal: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    italics: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  },
  NotoSansSC: {
    normal: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    italics: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    bolditalics: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  // Amiri: Arabic text extracts correctly from the PDF (Noto Naskh's ToUnicode map confuses letters).
  Amiri: {
    normal: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
    bold: '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
    italics: '@expo-google-fonts/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf',
    bolditalics: '@expo-google-fonts/amiri/700Bold_Italic/Amiri_700Bold_Italic.ttf',
  },
} as const;

export type FontFamilyName = keyof typeof fontFiles;
export type FontStyle = keyof (typeof fontFiles)['NotoSans'];
