/**
 * A cap on the bytes a parser decodes from one input. String tables in a hostile file can point
 * many entries at one long run of bytes (overlapping offsets, lying lengths), which would make a
 * parser quadratic; a real file decodes each stored byte about once. The budget is a few times the
 * input's size, far above what any real file needs, so only crafted input ever runs out of it.
 */
export class ReadBudget {
  private left: number;

  constructor(inputBytes: number) {
    this.left = 8 * inputBytes + 1024 * 1024;
  }

  /** Takes `bytes` from the budget; false (and nothing taken) when that would exhaust it. */
  take(bytes: number): boolean {
    if (bytes > this.left) return false;
    this.left -= bytes;
    return true;
  }
}
