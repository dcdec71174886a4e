import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * DejaVu Sans: free, maintained, and it has every Latvian letter (ā č ē ģ ī ķ ļ ņ š ū ž and the
 * capitals), which the PDF standard fonts lack. Read once per process; pdfkit embeds only the
 * glyphs a document uses, so an invoice stays small.
 */
const require = createRequire(import.meta.url);
let fonts: { regular: Buffer; bold: Buffer } | null = null;

export function invoiceFonts(): { regular: Buffer; bold: Buffer } {
  fonts ??= {
    regular: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
    bold: readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
  };
  return fonts;
}
