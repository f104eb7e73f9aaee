'use strict';
// Drives a generated ElectroDB export for ElectroDbExportTests:
//   node drive.js check FOLDER...
//     type-checks each export's src/ (tsc, strict), emits it to FOLDER/dist and prints {"diagnostics": [...]}
//   node drive.js run FOLDER ENDPOINT CALLS.json
//     connects the export's entities to ENDPOINT and runs the calls in order:
//     {pattern, params} through usage.accessPatterns, {create, item, key, table} through usage.creates
//     followed by a raw GetItem of the design's key; prints {"outcomes": [{found} | {item} | {error, message}]}.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { DynamoDBClient } = require('@aws-sdk/client-dynamodb');
const { DynamoDBDocumentClient, GetCommand } = require('@aws-sdk/lib-dynamodb');

const here = path.join(__dirname, 'node_modules');

function check(folders) {
  const out = [];
  for (const folder of folders) {
    const src = path.join(folder, 'src');
    const files = fs.readdirSync(src).filter((f) => f.endsWith('.ts')).map((f) => path.join(src, f));
    const options = {
      strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
      moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: true, baseUrl: here, paths: { '*': ['*'] },
      types: [], outDir: path.join(folder, 'dist'), rootDir: src,
    };
    const program = ts.createProgram(files, options);
    const diagnostics = ts.getPreEmitDiagnostics(program);
    diagnostics.forEach((d) => out.push(`${folder}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
      + (d.file ? ` (${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1})` : '')));
    if (diagnostics.length === 0) {
      program.emit();
    }
  }
  return out;
}

const plain = (key, value) => (value instanceof Set ? [...value] : value);

async function run(folder, endpoint, callsFile) {
  const calls = JSON.parse(fs.readFileSync(callsFile, 'utf8'));
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({
    endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  }), { marshallOptions: { removeUndefinedValues: true } });
  const dist = path.resolve(folder, 'dist');
  require(path.join(dist, 'entities.js')).connect(client);
  const { accessPatterns, creates } = require(path.join(dist, 'usage.js'));
  const outcomes = [];
  for (const call of calls) {
    try {
      if (call.pattern) {
        outcomes.push({ found: await accessPatterns[call.pattern](call.params) });
      } else {
        await creates[call.create](call.item);
        const got = await client.send(new GetCommand({ TableName: call.table, Key: call.key }));
        outcomes.push({ item: got.Item || null });
      }
    } catch (e) {
      outcomes.push({ error: e.name, message: e.message });
    }
  }
  process.stdout.write(JSON.stringify({ outcomes }, plain));
}

async function main() {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === 'check') {
    process.stdout.write(JSON.stringify({ diagnostics: check(args) }));
  } else {
    await run(args[0], args[1], args[2]);
  }
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
