export interface Range { start: number; end: number }

type Comparator = (x: Range, y: Range) => number;
const byStart: Comparator = (x, y) => x.start - y.start;

function touches(last: Range | undefined, next: Range): last is Range {
  return last !== undefined && last.end >= next.start;
}

export function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

export function merge(ranges: Range[]): Range[] {
  const out: Range[] = [];
  for (const r of [...ranges].sort(byStart)) {
    const last = out.at(-1);
    if (touches(last, r)) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
