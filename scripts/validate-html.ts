/** Valid HTML gate: every built page passes html-validate's recommended rules (see .htmlvalidate.json). */
import { HtmlValidate } from 'html-validate';
import { builtPages, fileOf } from '../src/build/builtPages.ts';
import { recordGate } from './report.ts';

const validator = new HtmlValidate();
const failures: string[] = [];
const pages = builtPages();
for (const path of pages) {
  const report = await validator.validateFile(fileOf(path));
  for (const result of report.results) {
    for (const message of result.messages) failures.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
  }
}
const failedPages = new Set(failures.map((f) => f.split(':')[0]));
recordGate('valid-html', { passed: pages.length - failedPages.size, failed: failedPages.size, failures });
