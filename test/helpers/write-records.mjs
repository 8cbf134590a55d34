// A record writer in its own process, through the built writer (dist/lib, compiled by the
// global setup): `node write-records.mjs <logDir> <session>[,<session>...] <writer> <count> [ack]`.
// Every record carries its writer and sequence number, so that a reader can tell lost records
// from torn ones; with several sessions, the records go to each in turn (a process interleaving
// its sessions' lines, as a long-lived process does). With `ack`, the sequence number of each
// 500th record is printed once written.
import fs from 'node:fs';
import { runInSession } from '../../dist/lib/session/context.js';
import { record } from '../../dist/lib/records/writer.js';

const [logDir, sessionList, writer, count, ack] = process.argv.slice(2);
const sessions = sessionList.split(',');
for (let seq = 0; seq < Number(count); seq++) {
  runInSession({ sessionId: sessions[seq % sessions.length], stage: 'generate', logDir }, () => {
    // Lengths vary up to ~3 KB, so that lines of different writers differ and cross page boundaries.
    record('info', 'step.output', `writer ${writer} record ${seq}`, {
      input: [`source-${writer}.md`],
      data: { writer: Number(writer), seq, pad: 'x'.repeat((seq * 131) % 3000) },
    });
    if (ack && seq % 500 === 0) fs.writeSync(1, `${seq}\n`);
  });
}
