/**
 * Every YAML file an editor writes goes through here: parsed, checked against its zod
 * schema, and every mistake reported with the file, the line of the value at fault and a fix.
 */
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
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
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line + (options.lineOffset ?? 0));

  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    return { data: undefined, problems: [problems.yamlSyntax(file, lineAt(first.pos[0]), first.message.split('\n')[0]!, options.docs)] };
  }
  const parsed = schema.safeParse(doc.toJS() ?? undefined);
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
