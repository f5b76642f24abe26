#!/usr/bin/env node
// Before `npm start` / `npm run demo`: builds the console when console/dist is missing or older than its sources,
// so that the gateway serves it at `/` on a fresh machine. Without Vite (a production install) it only warns.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const consoleDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(consoleDir, 'dist', 'index.html');

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts'].map((p) => join(consoleDir, p)).filter(existsSync);
const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
if (builtAt && Math.max(...sources.map(newest)) <= builtAt) process.exit(0);

let vite;
try {
  vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
} catch {
  process.stderr.write(builtAt ? '' : '提示：未安装 Vite（生产安装），也没有已构建的控制台；网关将只提供接口。\n');
  process.exit(0);
}
process.stdout.write(builtAt ? '控制台源码有更新，正在重新构建…\n' : '首次运行，正在构建控制台（console/dist）…\n');
const result = spawnSync(process.execPath, [vite, 'build', '--config', join(consoleDir, 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit' });
if (result.status !== 0) {
  process.stderr.write('错误：控制台构建失败（见上方输出）。可运行 npm run console:build 查看详情。\n');
  process.exit(result.status ?? 1);
}
