/**
 * Preloaded into the bot process under test (node --import): any attempt to open a connection
 * to, or look up, anything but loopback is refused and reported on standard error.
 */
import dns from 'node:dns';
import net from 'node:net';

const LOOPBACK = /^(?:127\.\d+\.\d+\.\d+|::1|localhost|::ffff:127\.\d+\.\d+\.\d+)$/;

function report(target: string): void {
  process.stderr.write(`${JSON.stringify({ level: 'error', msg: 'NON-LOOPBACK CONNECTION REFUSED', target })}\n`);
}

const connect = net.Socket.prototype.connect as (...args: any[]) => net.Socket;
net.Socket.prototype.connect = function guarded(this: net.Socket, ...args: any[]) {
  const first = args[0];
  const opts = Array.isArray(first) ? first[0] : first;
  const host: string | undefined = typeof opts === 'object' && opts !== null ? (opts.host ?? (opts.path ? 'localhost' : undefined)) : typeof args[1] === 'string' ? args[1] : undefined;
  if (host !== undefined && !LOOPBACK.test(host)) {
    report(host);
    this.destroy(new Error(`refused non-loopback connection to ${host}`));
    return this;
  }
  return connect.apply(this, args);
} as typeof net.Socket.prototype.connect;

const lookup = dns.lookup as (...args: any[]) => void;
(dns as any).lookup = function guardedLookup(hostname: string, ...rest: any[]) {
  if (!LOOPBACK.test(hostname)) {
    report(hostname);
    const cb = rest.at(-1);
    if (typeof cb === 'function') process.nextTick(() => cb(new Error(`refused lookup of ${hostname}`)));
    return;
  }
  return lookup.call(dns, hostname, ...rest);
};
