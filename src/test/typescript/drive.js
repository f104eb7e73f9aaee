'use strict';
// Drives a generated accessPatterns.ts for TypeScriptModuleTests:
//   node drive.js check MODULE.ts...
//     type-checks the modules (tsc, strict) and prints {"diagnostics": [...]}
//   node drive.js run MODULE.ts DESIGN.json ENDPOINT CALLS.json
//     creates the design's tables on ENDPOINT under fresh names (handed to the module
//     as options.tableNames), runs the calls [{pattern, params}] in order through the module's
//     `accessPatterns` record and prints {"outcomes": [{found} | {error, message}]}.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');
const { DynamoDBClient, CreateTableCommand } = require('@aws-sdk/client-dynamodb');

const here = path.join(__dirname, 'node_modules');

function diagnostics(files) {
  const options = {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10, skipLibCheck: true, baseUrl: here, paths: { '*': ['*'] },
    types: [],
  };
  const program = ts.createProgram(files, options);
  return ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')
    + (d.file ? ` (${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1})` : ''));
}

function load(file) {
  const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const module = { exports: {} };
  new Function('exports', 'require', 'module', js)(module.exports, require, module);
  return module.exports;
}

async function createTables(client, design, suffix) {
  const names = {};
  for (const t of design.tables) {
    names[t.name] = `${t.name}.${suffix}`;
    const types = new Map();
    const schema = (pk, sk) => {
      const keys = [{ AttributeName: pk.name, KeyType: 'HASH' }];
      types.set(pk.name, pk.type || 'S');
      if (sk) {
        keys.push({ AttributeName: sk.name, KeyType: 'RANGE' });
        types.set(sk.name, sk.type || 'S');
      }
      return keys;
    };
    const input = { TableName: names[t.name], BillingMode: 'PAY_PER_REQUEST', KeySchema: schema(t.partitionKey, t.sortKey) };
    const gsis = (t.globalSecondaryIndexes || []).map((i) => ({
      IndexName: i.name, KeySchema: schema(i.partitionKey, i.sortKey), Projection: { ProjectionType: 'ALL' },
    }));
    const lsis = (t.localSecondaryIndexes || []).map((i) => ({
      IndexName: i.name, KeySchema: schema(t.partitionKey, i.sortKey), Projection: { ProjectionType: 'ALL' },
    }));
    if (gsis.length) input.GlobalSecondaryIndexes = gsis;
    if (lsis.length) input.LocalSecondaryIndexes = lsis;
    input.AttributeDefinitions = [...types].map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
    await client.send(new CreateTableCommand(input));
  }
  return names;
}

const plain = (key, value) => (value instanceof Set ? [...value] : value);

async function main() {
  const [mode, file, designFile, endpoint, callsFile] = process.argv.slice(2);
  if (mode === 'check') {
    process.stdout.write(JSON.stringify({ diagnostics: diagnostics(process.argv.slice(3)) }));
    return;
  }
  const design = JSON.parse(fs.readFileSync(designFile, 'utf8'));
  const calls = JSON.parse(fs.readFileSync(callsFile, 'utf8'));
  const client = new DynamoDBClient({
    endpoint, region: 'us-east-1', credentials: { accessKeyId: 'test', secretAccessKey: 'test' },
  });
  const tableNames = await createTables(client, design, `t${process.pid}${Date.now()}`);
  const { accessPatterns } = load(file);
  const outcomes = [];
  for (const call of calls) {
    try {
      outcomes.push({ found: await accessPatterns[call.pattern]({ client, tableNames }, call.params) });
    } catch (e) {
      outcomes.push({ error: e.name, message: e.message });
    }
  }
  process.stdout.write(JSON.stringify({ outcomes }, plain));
}

main().catch((e) => {
  process.stderr.write(`${e.stack || e}\n`);
  process.exit(1);
});
