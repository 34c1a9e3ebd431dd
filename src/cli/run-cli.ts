/**
 * Runs a command's body and turns any unexpected failure into one readable line instead of
 * a stack trace (set DEBUG=1 to see the stack). Editors should never face a trace.
 */
export function runCli(body: () => number | Promise<number>): void {
  Promise.resolve()
    .then(body)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`error ${message}\n  fix: this is a bug in the site's code, not in your files; please report it with this message.`);
        if (process.env.DEBUG) console.error(error);
        process.exitCode = 1;
      },
    );
}
