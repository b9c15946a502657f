// Lints import lines as if they stood in given files, with only the dependency-rule blocks of eslint.config.mjs
// (no type information needed). Input on stdin: [{ filePath, code }]; output on stdout: [[message, …], …].
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import config from '../../eslint.config.mjs';

const isRule = (name) => name.startsWith('no-restricted-');
const dependencyRule = config
  .filter((block) => block.rules !== undefined && Object.keys(block.rules).some(isRule))
  .map((block) => ({ ...block, rules: Object.fromEntries(Object.entries(block.rules).filter(([name]) => isRule(name))) }));

const eslint = new ESLint({
  cwd: new URL('../..', import.meta.url).pathname,
  overrideConfigFile: true,
  overrideConfig: [{ files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser } }, ...dependencyRule],
});
let input = '';
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const { filePath, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.map((m) => m.message));
}
process.stdout.write(JSON.stringify(out));
