/**
 * Every YAML file an editor writes goes through here: parsed, checked against its zod
 * schema, and every mistake reported with the file, the line of the value at fault and a fix.
 * Hostile YAML is refused before it is turned into values: more than 100 aliases (a
 * "billion laughs" expansion) and any tag but the plain ones (`!!js/function`, `!!binary`).
 */
import { type Document, isAlias, isMap, isNode, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import type { z } from 'zod';
import { problems, type Problem } from './problems.ts';
import { closestKey, keysAt } from './schema-keys.ts';

export interface YamlInput<T> {
  data: T | undefined;
  problems: Problem[];
}

export function parseYamlWithSchema<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
  options: { fields?: string; docs: string /** Lines of the file above `text` (a front matter's opening ---). */; lineOffset?: number },
): YamlInput<z.infer<S>> {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + (options.lineOffset ?? 0));
  const tooDeep = (line: number | undefined) => ({ data: undefined, problems: [problems.yamlTooDeep(file, line, MAX_LEVELS_ON_A_LINE, options.docs)] });
  const deep = deepLine(text);
  if (deep !== undefined) return tooDeep(deep + 1 + (options.lineOffset ?? 0));
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, prettyErrors: false });
  } catch (error) {
    // The parser recurses once per level: a nesting the line check above did not foresee.
    if (error instanceof RangeError) return tooDeep(undefined);
    throw error;
  }

  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { data: undefined, problems: [problems.yamlSyntax(file, lineAt(first.pos[0]), first.message.split('\n')[0]!, options.docs)] };
  }
  const hostile = hostileNodes(doc, file, lineAt, options.docs);
  if (hostile.length > 0) return { data: undefined, problems: hostile };
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_EXPANSION });
  } catch (error) {
    // Fewer aliases than the limit can still expand to millions of values: the library stops them.
    if (!(error instanceof ReferenceError)) throw error;
    return { data: undefined, problems: [problems.yamlAliases(file, undefined, 'that expand to too many values', options.docs)] };
  }
  const parsed = schema.safeParse(value ?? undefined);
  if (parsed.success) return { data: parsed.data, problems: [] };

  const found = parsed.error.issues.flatMap((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const parent = doc.getIn(path, true);
        const pair = isMap(parent) ? parent.items.find((item) => String((item.key as { value?: unknown })?.value) === key) : undefined;
        const offset = (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
        const where = [...path, key].join('.');
        const known = keysAt(schema, path);
        const meant = closestKey(key, known);
        return problems.yamlField(
          file,
          lineAt(offset),
          where,
          meant ? `is not a known field; did you mean "${meant}"?` : 'is not a known field.',
          meant
            ? `Rename "${key}" to "${meant}" if that is what you meant; the fields here are: ${known.join(', ')} (see ${options.docs}).`
            : `Use only these fields${path.length ? ` here` : ''}: ${known.join(', ') || options.fields || 'see the docs'} (see ${options.docs}).`,
        );
      });
    }
    // A missing field has no node: point at the nearest thing that is there (its parent entry).
    type Ranged = { range?: [number, number, number] } | undefined;
    let node: Ranged;
    for (let depth = path.length; depth >= 0 && !node; depth--) node = doc.getIn(path.slice(0, depth), true) as Ranged;
    if (!node && (isSeq(doc.contents) || isMap(doc.contents))) node = doc.contents as unknown as Ranged;
    const where = path.join('.') || '(the whole file)';
    // A required field left out: say so plainly rather than quoting the type checker.
    if (issue.code === 'invalid_type' && /received undefined/.test(issue.message)) {
      return [problems.yamlField(file, lineAt(node?.range?.[0]), where, 'is missing.', `Add "${path.at(-1)}" here (see ${options.docs}).`)];
    }
    if (issue.code === 'invalid_type' && /received null/.test(issue.message)) {
      return [problems.yamlField(file, lineAt(node?.range?.[0]), where, 'is empty.', `Write a value after "${path.at(-1)}:" (see ${options.docs}).`)];
    }
    return problems.yamlField(
      file,
      lineAt(node?.range?.[0]),
      where,
      `${issue.message}.`,
      `Correct "${where}" in ${file}, or delete the line if the source does not say it (see ${options.docs}).`,
    );
  });
  return { data: undefined, problems: found };
}

const MAX_ALIASES = 100;
/** Block indicators on one line (`- `, `? `, `key: `): the parser recurses once for each. */
const MAX_LEVELS_ON_A_LINE = 100;
const INDICATOR = /(?:^|\s)[-?](?=\s|$)|:(?=\s|$)/g;

/** The first line (0-based) with more levels than the parser is given. */
function deepLine(text: string): number | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) if ((lines[i]!.match(INDICATOR)?.length ?? 0) > MAX_LEVELS_ON_A_LINE) return i;
  return undefined;
}
// The library's own guard weighs each alias by the aliases inside what it repeats: this stops
// nested repetition (aliases of lists of aliases …), not the 100 plain aliases allowed above.
const MAX_EXPANSION = 10 * MAX_ALIASES;
// The tags YAML gives plain values anyway: writing one changes nothing the schema does not check.
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`));

/** Aliases beyond the limit (at the first one over it) and every tag that is not a plain one. */
function hostileNodes(doc: Document, file: string, lineAt: (offset: number | undefined) => number | undefined, docs: string): Problem[] {
  const found: Problem[] = [];
  let aliases = 0;
  let overLimit: number | undefined;
  visit(doc, (_key, node) => {
    if (!isNode(node)) return;
    if (node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) found.push(problems.yamlUnknownTag(file, lineAt(node.range?.[0]), shortTag(node.tag), docs));
    if (isAlias(node) && ++aliases === MAX_ALIASES + 1) overLimit = node.range?.[0];
  });
  if (aliases > MAX_ALIASES) found.unshift(problems.yamlAliases(file, lineAt(overLimit), `${aliases} times (the 101st is on this line)`, docs));
  return found;
}

const shortTag = (tag: string) => tag.replace(/^tag:yaml\.org,2002:/, '!!');
