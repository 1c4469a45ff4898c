export interface Progress {
  update(done: number, note?: string): void;
  done(summary: string): void;
}

/**
 * Progress of a long script step on stderr: redrawn in place on a terminal, else one line
 * per tenth of the work so logs stay short.
 */
export function progressReporter(label: string, total: number, log: (message: string) => void, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastTenth = -1;
  const line = (done: number, note?: string) => `${label}: ${done}/${total} (${Math.floor((done / total) * 100)}%)${note ? `, ${note}` : ''}`;
  return {
    update(done, note) {
      if (stream.isTTY) {
        stream.write(`\r${line(done, note)}`);
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      log(line(done, note));
    },
    done(summary) {
      if (stream.isTTY) stream.write('\n');
      log(`${label}: done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${summary}.`);
    },
  };
}
