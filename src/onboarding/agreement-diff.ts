import { diffLines, diffWordsWithSpace } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/**
 * The changes from one version to another: by lines first, so untouched paragraphs stay whole,
 * then by words inside a paragraph that was rewritten, so a changed number reads as one word.
 */
export function diffVersions(from: string, to: string): DiffPart[] {
  const lines = diffLines(from, to);
  const parts: DiffPart[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const change = lines[i];
    if (change === undefined) continue;
    const next = lines[i + 1];
    if (change.removed && next?.added === true) {
      for (const word of diffWordsWithSpace(change.value, next.value)) {
        parts.push({ kind: kindOf(word), text: word.value });
      }
      i += 1;
    } else {
      parts.push({ kind: kindOf(change), text: change.value });
    }
  }
  return parts;
}

function kindOf(change: { added: boolean; removed: boolean }): DiffPart['kind'] {
  if (change.added) return 'added';
  if (change.removed) return 'removed';
  return 'same';
}
