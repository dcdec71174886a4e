import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF turned back into text with pdfjs-dist, one string per printed row (pieces on the same
 * baseline joined by spaces), top to bottom, page by page: what a reader copying it would get.
 */
export async function pdfText(pdf: Uint8Array): Promise<{ pages: string[][]; all: string }> {
  // pdfjs takes ownership of the buffer it is given; a copy leaves the caller's bytes whole.
  const task = getDocument({ data: new Uint8Array(pdf) });
  const document = await task.promise;
  const pages: string[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const rows = new Map<number, string[]>();
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const y = Math.round(Number(item.transform[5]));
      rows.set(y, [...(rows.get(y) ?? []), item.str]);
    }
    pages.push([...rows].sort((a, b) => b[0] - a[0]).map(([, parts]) => parts.join(' ')));
  }
  await task.destroy();
  return { pages, all: pages.flat().join('\n') };
}
