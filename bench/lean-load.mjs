// A lean HTTP/1.1 load client for the recording bench, run as a child process the way pgbench is: N
// keep-alive connections, each sending the next POST as soon as the previous answer is complete. pgbench's
// client costs PostgreSQL's machine ~0.15 ms per transaction; autocannon (hdr histograms, per-request
// objects) costs ~0.8 ms per request on the same two cores, which is then missing from the server under
// test. Requests are built from a template, responses are only framed (status line, Content-Length), not
// parsed further. Input: one JSON line on stdin; output: one JSON line on stdout.
import net from 'node:net';

const input = JSON.parse(
  await new Promise((resolve) => {
    let text = '';
    process.stdin.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
  }),
);
const { host, port, connections, seconds, token, body, matchIds } = input;

const payload = Buffer.from(body);
const head = (id) =>
  `POST /api/v1/matches/${id}/result HTTP/1.1\r\nhost: ${host}:${port}\r\nauthorization: Bearer ${token}\r\n` +
  `content-type: application/json\r\ncontent-length: ${payload.length}\r\n\r\n`;

let next = 0;
const statuses = {};
const latencies = [];
let completed = 0;
let errors = 0;
let stopping = false;
const started = performance.now();

function connection() {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port, noDelay: true });
    let buffer = Buffer.alloc(0);
    let sentAt = 0;
    const send = () => {
      if (stopping || next >= matchIds.length) return socket.end();
      sentAt = performance.now();
      // One write per request, as pgbench sends a statement: headers and body in one segment.
      socket.write(Buffer.concat([Buffer.from(head(matchIds[next++]), 'latin1'), payload]));
    };
    socket.on('connect', send);
    socket.on('data', (chunk) => {
      buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
      for (;;) {
        const end = buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const header = buffer.subarray(0, end).toString('latin1');
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(header)?.[1] ?? 0);
        if (buffer.length < end + 4 + length) return;
        const status = header.slice(9, 12);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (!stopping) {
          completed++;
          latencies.push(performance.now() - sentAt);
        }
        buffer = buffer.subarray(end + 4 + length);
        send();
      }
    });
    socket.on('error', () => errors++);
    socket.on('close', resolve);
  });
}

setTimeout(() => (stopping = true), seconds * 1000);
await Promise.all(Array.from({ length: connections }, connection));
const duration = Math.min(performance.now() - started, seconds * 1000) / 1000;
latencies.sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
process.stdout.write(
  `${JSON.stringify({
    completed,
    duration,
    statuses,
    errors,
    ranOut: next >= matchIds.length,
    p50: Math.round(at(0.5) * 10) / 10,
    p99: Math.round(at(0.99) * 10) / 10,
  })}\n`,
);
