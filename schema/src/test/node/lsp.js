'use strict';
// Drives the real yaml-language-server over stdio LSP, as an editor does (issue 17):
//   node lsp.js FILE.yaml LINE CHARACTER
//   → {"completion": [labels at LINE:CHARACTER], "diagnostics": [{"line", "message"}]}
// The file's own `# yaml-language-server: $schema=` line names its schema; no network is used
// (schema store off, and the schema is a local file).
const { spawn } = require('child_process');
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');

const [file, line, character] = process.argv.slice(2);
const uri = pathToFileURL(path.resolve(file)).href;
const server = spawn(process.execPath, [require.resolve('yaml-language-server/bin/yaml-language-server'), '--stdio'],
  { stdio: ['pipe', 'pipe', 'inherit'] });
const settings = { yaml: { validate: true, completion: true, hover: true, schemaStore: { enable: false },
  format: { enable: false } } };

let buffer = Buffer.alloc(0);
let nextId = 1;
const pending = new Map();
let diagnosticsSeen = null;

function send(message) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
  server.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  server.stdin.write(body);
}

function request(method, params) {
  const id = nextId++;
  send({ id, method, params });
  return new Promise((resolve) => pending.set(id, resolve));
}

function handle(message) {
  if (message.id !== undefined && pending.has(message.id) && message.method === undefined) {
    pending.get(message.id)(message.result);
    pending.delete(message.id);
  } else if (message.method === 'workspace/configuration') {
    send({ id: message.id, result: message.params.items.map((item) => settings[item.section] ?? settings.yaml) });
  } else if (message.id !== undefined && message.method) {
    send({ id: message.id, result: null }); // client/registerCapability and the like
  } else if (message.method === 'textDocument/publishDiagnostics' && message.params.uri === uri) {
    diagnosticsSeen?.(message.params.diagnostics);
  }
}

server.stdout.on('data', (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    handle(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')));
    buffer = buffer.subarray(end + 4 + length);
  }
});

function diagnostics() {
  return new Promise((resolve) => {
    diagnosticsSeen = resolve;
  });
}

async function main() {
  const root = pathToFileURL(path.dirname(path.resolve(file))).href;
  await request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }],
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: {} } } } });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  const published = diagnostics();
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1,
    text: fs.readFileSync(file, 'utf8') } } });
  const found = await published;
  const completion = await request('textDocument/completion', { textDocument: { uri },
    position: { line: Number(line), character: Number(character) } });
  const items = Array.isArray(completion) ? completion : (completion?.items ?? []);
  process.stdout.write(JSON.stringify({
    completion: items.map((item) => item.label),
    diagnostics: found.map((d) => ({ line: d.range.start.line, message: d.message })),
  }));
  await request('shutdown', null);
  send({ method: 'exit', params: null });
  setTimeout(() => process.exit(0), 200).unref();
}

const limit = setTimeout(() => {
  process.stderr.write('yaml-language-server did not answer in 120 s\n');
  server.kill();
  process.exit(3);
}, 120000);
limit.unref();
main().then(() => clearTimeout(limit), (e) => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  server.kill();
  process.exit(2);
});
