/**
 * Progress of a long pipeline run: one updating line on a terminal, plain lines (every 10%)
 * in CI or a log. Time left is estimated from the pace so far.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = performance.now();
  const tty = Boolean(stream.isTTY) && !process.env.CI;
  let lastTenth = -1;
  return (done: number, total: number, claims: number) => {
    if (total < 20) return; // a handful of articles needs no progress line
    const elapsed = (performance.now() - started) / 1000;
    const left = done > 0 ? (elapsed / done) * (total - done) : 0;
    const line = `${label}: ${done}/${total} articles, ${claims} claims, about ${Math.ceil(left)} s left`;
    if (tty) stream.write(`\r${line}${done === total ? '\n' : ''}`);
    else {
      const tenth = Math.floor((10 * done) / total);
      if (tenth !== lastTenth) stream.write(`${line}\n`);
      lastTenth = tenth;
    }
  };
}
