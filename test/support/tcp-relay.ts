import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

/**
 * A TCP relay between a client and a server (a worker and Temporal) that can stop passing what
 * the client sends while still passing what it receives: the worker gets its tasks, and the
 * server never hears that they were done. It can also play the server down, and back.
 */
export class TcpRelay {
  private held = false;
  private refusing = false;
  private readonly sockets = new Set<Socket>();
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly target: string) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const [host, port] = this.target.split(':') as [string, string];
    this.server = createServer((client) => {
      if (this.refusing) return void client.destroy();
      const upstream = connect(Number(port), host);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => this.cut());
      }
      client.on('data', (chunk) => void (this.held || upstream.write(chunk)));
      upstream.pipe(client);
    });
    await new Promise<void>((listening) => this.server!.listen(0, '127.0.0.1', listening));
    this.port = (this.server.address() as AddressInfo).port;
  }

  /** From now on, whatever the client sends is dropped. */
  hold(): void {
    this.held = true;
  }

  /** The server as its clients see it when it is down: every connection dropped, new ones closed at once. */
  refuse(): void {
    this.refusing = true;
    this.cut();
  }

  /** The server back: connections pass again. */
  restore(): void {
    this.refusing = false;
  }

  /** Drops every connection: nothing held is ever delivered. */
  cut(): void {
    this.sockets.forEach((socket) => socket.destroy());
  }

  async stop(): Promise<void> {
    this.cut();
    await new Promise<void>((closed) => (this.server ? this.server.close(() => closed()) : closed()));
  }
}
