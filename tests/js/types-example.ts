// Compiled (not run) by types.test.js: every line uses the public API as documented.
import { createScanner, DiscretError, OPERATORS, type Finding, type Operator } from 'discret';
import { importGitleaks, type GitleaksImport } from 'discret/gitleaks';

const scanner = await createScanner({ rules: { rules: [{ id: 'x', entity: 'EMAIL', pattern: 'x' }] }, minScore: 0.4 });
const findings: Finding[] = scanner.scan('mail a@example.org');
const first: string | undefined = findings[0]?.text;
const op: Operator = OPERATORS[0];
const { text, mapping } = scanner.pseudonymize('x', { operator: op, key: 'k', mask: 2 });
const bytes: Uint8Array = scanner.pseudonymizeBytes(new Uint8Array(1), { operator: 'hash', key: 'k' }).bytes;
scanner.importMapping(scanner.exportMapping());
try {
  await createScanner({ rules: '{' });
} catch (e) {
  if (e instanceof DiscretError) console.log(e.code, e.where, e.ruleId);
}
scanner.dispose();
const imported: GitleaksImport = await importGitleaks('[[rules]]\nid = "a"\nregex = "x"\n', { name: 'team' });
const reasons: string[] = imported.unsupported.map((u) => `${u.id ?? 'config'}: ${u.reason}${u.partial ? ' (partial)' : ''}`);
await createScanner({ rules: [imported.pack] });
console.log(first, text, mapping.length, bytes.length, reasons);

// discret/files: events of any file, the report, a pseudonymized copy with per-entity operators.
import { pseudonymizeFile, report, scanFile, type FileEvent } from 'discret/files';
for await (const event of scanFile(new Uint8Array(0), { name: 'x.csv', special: false })) {
  const e: FileEvent = event;
  if (e.type === 'finding') console.log(e.file, e.row, e.field, e.entity);
}
const result = await report(scanFile('data/'));
for await (const e of pseudonymizeFile('x.csv', { operator: 'fake', operators: { PERSON: 'pseudonym' }, key: 'k' })) {
  if (e.type === 'output') console.log(e.bytes.length);
}
