/** One line of a line-based diff: kept, removed from the old text, or added in the new one. */
export interface DiffLine {
  op: 'equal' | 'delete' | 'insert';
  text: string;
  /** 1-based line numbers in the old and new texts (absent for the side the line is not on). */
  oldLine?: number;
  newLine?: number;
}

/** Above this many lines on both sides the table would be too large: the diff is given as a whole replacement. */
const MAX_CELLS = 4_000_000;

/**
 * A line diff of two texts by longest common subsequence: what a reviewer reads to see what changed between two
 * versions of a body. Texts of a government document are at most a few thousand lines.
 */
export function diffLines(oldText: string, newText: string): DiffLine[] {
  const a = oldText.split(/\r?\n/);
  const b = newText.split(/\r?\n/);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const out: DiffLine[] = a.slice(0, start).map((text, i) => ({ op: 'equal', text, oldLine: i + 1, newLine: i + 1 }));
  const n = endA - start;
  const m = endB - start;
  if ((n + 1) * (m + 1) > MAX_CELLS) {
    for (let i = start; i < endA; i++) out.push({ op: 'delete', text: a[i], oldLine: i + 1 });
    for (let j = start; j < endB; j++) out.push({ op: 'insert', text: b[j], newLine: j + 1 });
  } else {
    // lcs[i][j] = LCS length of a[start+i..endA) and b[start+j..endB)
    const lcs = new Uint32Array((n + 1) * (m + 1));
    const at = (i: number, j: number) => i * (m + 1) + j;
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        lcs[at(i, j)] = a[start + i] === b[start + j] ? lcs[at(i + 1, j + 1)] + 1 : Math.max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a[start + i] === b[start + j]) {
        out.push({ op: 'equal', text: a[start + i], oldLine: start + i + 1, newLine: start + j + 1 });
        i++;
        j++;
      } else if (i < n && (j === m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)])) {
        // On a tie the removed line comes first, as readers expect ("- old" above "+ new").
        out.push({ op: 'delete', text: a[start + i], oldLine: start + i + 1 });
        i++;
      } else {
        out.push({ op: 'insert', text: b[start + j], newLine: start + j + 1 });
        j++;
      }
    }
  }
  for (let k = 0; k < a.length - endA; k++) out.push({ op: 'equal', text: a[endA + k], oldLine: endA + k + 1, newLine: endB + k + 1 });
  return out;
}
