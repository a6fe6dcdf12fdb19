/**
 * Whether a stretch of text holds any of a few literal strings (the head words a rule's
 * pattern needs: "News Agency", "Co., Ltd."), asked before the pattern is run over a line.
 *
 * Why: a pattern of alternatives (`/Broadcasting|News|…|TV/`) tries every alternative at every
 * character of a line; the strings here are looked for only where a character one of them
 * starts with stands (most lines hold few capitals, and every head starts with one).
 */
export class Substrings {
  /** the strings by their first character's code (strings of a code beyond 127 in `others`) */
  private readonly byFirst: Array<string[] | undefined> = new Array(128);
  private readonly others: string[] = [];

  constructor(strings: Iterable<string>) {
    for (const s of strings) {
      if (s.length === 0) throw new Error("Substrings: expected non-empty strings");
      const c = s.charCodeAt(0);
      if (c >= 128) {
        this.others.push(s);
        continue;
      }
      const list = this.byFirst[c] ?? [];
      list.push(s);
      this.byFirst[c] = list;
    }
  }

  /** Whether `text[from, to)` holds one of the strings whole. */
  inRange(text: string, from: number, to: number): boolean {
    for (const s of this.others) {
      const at = text.indexOf(s, from);
      if (at >= 0 && at + s.length <= to) return true;
    }
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      const list = c < 128 ? this.byFirst[c] : undefined;
      if (list === undefined) continue;
      for (const s of list) if (p + s.length <= to && text.startsWith(s, p)) return true;
    }
    return false;
  }
}
