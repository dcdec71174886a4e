import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Received {
  rcptTo: string[];
  raw: string;
}

/** A real SMTP server on a free port; `refuse` makes it reject every recipient with a 450. */
export interface TestSmtp {
  url: string;
  received: Received[];
  refuse: boolean;
  close(): Promise<void>;
}

export async function startSmtp(): Promise<TestSmtp> {
  const state: TestSmtp = {
    url: '',
    received: [],
    refuse: false,
    close: async () => undefined,
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!state.refuse) {
        callback();
        return;
      }
      // Relays quote the address in their answers; the job's last_error must not.
      callback(
        Object.assign(new Error(`Mailbox <${address.address}> busy, try later`), {
          responseCode: 450,
        }),
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        state.received.push({
          rcptTo: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('latin1'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}

const hexByte = (_m: string, hex: string) => String.fromCharCode(parseInt(hex, 16));
const utf8 = (latin1: string) => Buffer.from(latin1, 'latin1').toString('utf8');

/** A header block's reader: unfolded lines, encoded words decoded. */
function headerReader(block: string): (name: string) => string {
  const head = block.replace(/\r\n[ \t]+/g, ' ');
  return (name) => {
    const line = head
      .split('\r\n')
      .find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
    if (line === undefined) return '';
    return line
      .slice(name.length + 1)
      .trim()
      .replace(/\?=\s+=\?/g, '?==?')
      .replace(/=\?utf-8\?([qb])\?([^?]*)\?=/gi, (_w, enc: string, text: string) =>
        enc.toLowerCase() === 'b'
          ? Buffer.from(text, 'base64').toString('utf8')
          : utf8(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, hexByte)),
      );
  };
}

/** A part's body as bytes, undoing its Content-Transfer-Encoding. */
function decodedBytes(encoded: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(encoded, 'base64');
  if (encoding === 'quoted-printable') {
    return Buffer.from(
      encoded.replace(/=\r\n/g, '').replace(/=([0-9a-f]{2})/gi, hexByte),
      'latin1',
    );
  }
  return Buffer.from(encoded, 'latin1');
}

export interface MimePart {
  header: (name: string) => string;
  content: Buffer;
  /** The content read as UTF-8 text. */
  body: string;
}

function readPart(raw: string): MimePart {
  const split = raw.indexOf('\r\n\r\n');
  const header = headerReader(raw.slice(0, split));
  const content = decodedBytes(
    raw.slice(split + 4),
    header('Content-Transfer-Encoding').toLowerCase(),
  );
  return { header, content, body: content.toString('utf8') };
}

/** Just enough MIME for a single-part message: unfolded headers, encoded words, QP or base64. */
export function parseMessage(raw: string): MimePart {
  return readPart(raw);
}

/** The parts of a multipart message (a text and its attachments), each read as above. */
export function multipartParts(raw: string): {
  header: (name: string) => string;
  parts: MimePart[];
} {
  const top = readPart(raw);
  const boundary = /boundary="?([^";]+)"?/i.exec(top.header('Content-Type'))?.[1];
  if (boundary === undefined) throw new Error('not a multipart message');
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const parts = body
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((part) => readPart(part.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  return { header: top.header, parts };
}
