// Bench only: N Server-Sent Events subscribers in their own process (so 10 000 client sockets do not share
// the server's event loop). Raw TCP: one GET each, then it waits for the first `event: <name>` line.
// Messages from the parent: {open: {port, path, count, event}}, {close: true}. Replies: {ready}, {received}.
import { connect } from 'node:net';
import { performance } from 'node:perf_hooks';

const now = () => performance.timeOrigin + performance.now();
let sockets = [];

async function open({ port, path, count, event }) {
  const marker = `event: ${event}\n`;
  let connected = 0;
  let failed = 0;
  const received = [];
  const one = () =>
    new Promise((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' });
      let text = '';
      let ready = false;
      let got = false;
      socket.setEncoding('utf8');
      socket.on('connect', () =>
        socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n`),
      );
      socket.on('data', (chunk) => {
        if (got) return;
        text += chunk;
        if (!ready && text.includes(': connected')) {
          ready = true;
          connected++;
          resolve();
        }
        if (ready && text.includes(marker)) {
          got = true;
          received.push(now());
          text = '';
          if (received.length === connected) process.send({ received: summary(received) });
        } else if (text.length > 4096) text = text.slice(-256);
      });
      socket.on('error', () => {
        if (!ready) {
          failed++;
          resolve();
        }
      });
      sockets.push(socket);
    });
  // A few hundred handshakes at a time: an accept backlog overflow would measure the kernel, not the server.
  for (let i = 0; i < count; i += 250)
    await Promise.all(Array.from({ length: Math.min(250, count - i) }, one));
  process.send({ ready: { connected, failed } });
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    first: sorted[0],
    p50: sorted[Math.floor(sorted.length / 2)],
    last: sorted.at(-1),
  };
}

process.on('message', async (message) => {
  if (message.open) await open(message.open);
  if (message.close) {
    for (const socket of sockets) socket.destroy();
    sockets = [];
    setTimeout(() => process.send({ closed: true }), 100);
  }
});
