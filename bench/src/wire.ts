import { connect, createServer, type Server, type Socket } from 'node:net';
import { backgroundApplicationPrefix } from '@dispositions/server';

// A TCP relay between one benchmarked process and PostgreSQL that reads the protocol
// messages the process sends: it counts statements (a simple Query, or an Execute of the
// extended protocol) as they go to the database, and on request keeps their SQL (from Query,
// and from Bind, by the statement it binds: a named statement is parsed once per connection,
// an unnamed one before each run). Every process's statements are counted alike, whatever its driver, without a
// line of its code; the relay also knows its connections' ports, by which PostgreSQL names
// the backends that serve the process. It costs the bench's own process some CPU per
// statement, the same for every process measured.

export interface Wire {
  /** The port to give the process instead of PostgreSQL's. */
  port: number;
  /** Statements sent so far by the process's requests (on connections not named as background ones). */
  statements: number;
  /** Statements sent so far on the connections whose `application_name` names them background work (the webhook dispatcher's). */
  backgroundStatements: number;
  /** While set, the SQL of each statement sent is pushed here. */
  captured: string[] | undefined;
  /** The local ports of the relay's open connections to PostgreSQL (`client_port` in `pg_stat_activity`). */
  upstreamPorts(): number[];
  close(): Promise<void>;
}

/** The startup phase's requests that are not the startup message itself (SSL and GSS encryption). */
const encryptionRequests = new Set([80877103, 80877104]);

/** The parameters of a startup message (user, database, application_name, ...), from after its protocol version. */
function startupParameters(message: Buffer): Record<string, string> {
  const fields = message.toString('utf8', 8).split('\0');
  const parameters: Record<string, string> = {};
  for (let i = 0; i + 1 < fields.length && fields[i] !== ''; i += 2) parameters[fields[i]!] = fields[i + 1]!;
  return parameters;
}

/** Reads the frontend messages of one connection, chunk by chunk. */
function frontendReader(onMessage: (type: number, payload: Buffer) => void, onStartup: (parameters: Record<string, string>) => void): (chunk: Buffer) => void {
  let pending: Buffer = Buffer.alloc(0);
  let started = false;
  return (chunk) => {
    pending = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
    let offset = 0;
    for (;;) {
      if (!started) {
        if (pending.length - offset < 8) break;
        const length = pending.readInt32BE(offset);
        if (pending.length - offset < length) break;
        started = !encryptionRequests.has(pending.readInt32BE(offset + 4));
        if (started) onStartup(startupParameters(pending.subarray(offset, offset + length)));
        offset += length;
        continue;
      }
      if (pending.length - offset < 5) break;
      const length = pending.readInt32BE(offset + 1);
      if (pending.length - offset < 1 + length) break;
      onMessage(pending[offset]!, pending.subarray(offset + 5, offset + 1 + length));
      offset += 1 + length;
    }
    pending = offset === pending.length ? Buffer.alloc(0) : pending.subarray(offset);
  };
}

const query = 0x51; // 'Q': a simple query, its SQL first
const parse = 0x50; // 'P': a statement's name, then its SQL
const bind = 0x42; // 'B': a portal's name, then the name of the statement it runs
const execute = 0x45; // 'E'

/** The C string at `start` of a message's payload, and where the next field starts. */
function cString(payload: Buffer, start: number): [string, number] {
  const end = payload.indexOf(0, start);
  return [payload.toString('utf8', start, end), end + 1];
}

/** A connection the server opens for background work names itself so (db/database.ts, `backgroundApplicationName`). */
const isBackground = (parameters: Record<string, string>) => parameters.application_name?.startsWith(backgroundApplicationPrefix) === true;

export async function startWire(databasePort: number, databaseHost: string): Promise<Wire> {
  const upstreams = new Set<Socket>();
  const wire: Wire = {
    port: 0,
    statements: 0,
    backgroundStatements: 0,
    captured: undefined,
    upstreamPorts: () => [...upstreams].map((socket) => socket.localPort!).filter(Boolean),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  /** One connection's messages: its parsed statements' SQL by name ('' for the unnamed one). */
  const connectionReader = () => {
    const parsed = new Map<string, string>();
    let background = false;
    const onStartup = (parameters: Record<string, string>) => {
      background = isBackground(parameters);
    };
    const onMessage = (type: number, payload: Buffer) => {
      if (background) {
        if (type === query || type === execute) wire.backgroundStatements += 1;
        return;
      }
      if (type === query || type === execute) wire.statements += 1;
      if (type === parse) {
        const [name, next] = cString(payload, 0);
        parsed.set(name, cString(payload, next)[0]);
      }
      if (!wire.captured) return;
      if (type === query) wire.captured.push(cString(payload, 0)[0]);
      if (type === bind) wire.captured.push(parsed.get(cString(payload, cString(payload, 0)[1])[0]) ?? '(a statement parsed before the relay)');
    };
    return frontendReader(onMessage, onStartup);
  };
  const server: Server = createServer((client) => {
    const upstream = connect(databasePort, databaseHost);
    upstreams.add(upstream);
    client.on('data', connectionReader());
    client.pipe(upstream).pipe(client);
    const end = () => {
      upstreams.delete(upstream);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  wire.port = (server.address() as { port: number }).port;
  return wire;
}
