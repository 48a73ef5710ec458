import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { clientKey } from './client-address.js';

/**
 * Caps the connections one client (`clientKey`) holds open at once: a connection past the cap is closed as it
 * opens, so a few clients trickling bytes cannot take every socket the server has. A trusted proxy's
 * connections carry many clients and are not capped (the proxy caps its own).
 */
export function capConnectionsPerAddress(server: Server, max: number, exempt: (address: string) => boolean): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress;
    if (!address || exempt(address)) return;
    const key = clientKey(address);
    const count = (open.get(key) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
}
