import type { BoilerplateRule } from './boilerplate-rules.ts';

/** Why a line (or part of one) of the source is not in the article. */
export type RemovalReason = 'counter' | 'widget' | 'repeated-line' | 'invisible-characters';

export interface Removal {
  /** 1-based line number in the source file. */
  line: number;
  /** The removed text; for invisible characters, a list of code points and counts. */
  text: string;
  reason: RemovalReason;
  /** The boilerplate rule that matched, for counters and widgets. */
  rule?: BoilerplateRule;
  /** For a repeated line: the line it repeats. */
  sameAs?: number;
}
