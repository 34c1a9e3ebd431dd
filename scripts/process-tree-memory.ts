/**
 * Peak memory of a process and all its descendants, sampled from /proc (Linux). The build's
 * own figure (process.resourceUsage().maxRSS) misses Pagefind, whose Node API spawns a binary:
 * this one sums the resident memory of the whole tree every `intervalMs`.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE = 4096;

/** [pid, parent pid, resident bytes] of every process readable now. */
function processes(): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // The command name (2nd field) may hold spaces and parentheses: fields are read after its last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.push([Number(name), Number(fields[1]), Number(fields[21]) * PAGE]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return out;
}

/** Resident bytes of `root` alone and of `root` with every descendant. */
export function treeMemory(root: number): { root: number; tree: number } {
  const all = processes();
  const children = new Map<number, number[]>();
  for (const [pid, parent] of all) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const rss = new Map(all.map(([pid, , bytes]) => [pid, bytes]));
  let tree = 0;
  for (const stack = [root]; stack.length > 0; ) {
    const pid = stack.pop()!;
    tree += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return { root: rss.get(root) ?? 0, tree };
}

/** Samples `root`'s tree until `stop()`, which returns the peaks seen (bytes). */
export function samplePeakMemory(root: number, intervalMs = 200): { stop: () => { root: number; tree: number } } {
  const peak = { root: 0, tree: 0 };
  const sample = () => {
    const now = treeMemory(root);
    peak.root = Math.max(peak.root, now.root);
    peak.tree = Math.max(peak.tree, now.tree);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { ...peak };
    },
  };
}
