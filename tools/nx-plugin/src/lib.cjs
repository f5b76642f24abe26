// Text edits the generators make to files others own (barrels, definitions, the route index, the policy table): each
// edit is the smallest one, checked, and idempotent (running a generator twice adds nothing twice).
'use strict';
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: Nx loads generator factories with require() */

const { names } = require('@nx/devkit');

/** `foreign-affairs` → { kebab, pascal, camel, constant, snake }. */
function nameForms(name) {
  const n = names(name);
  return { kebab: n.fileName, pascal: n.className, camel: n.propertyName, constant: n.constantName, snake: n.fileName.replace(/-/g, '_') };
}

/** The section (科室) codes of the gateway that run each section service (their staff get the module's permissions). */
const SECTIONS_OF = {
  'duty-and-meetings': ['zonghe'],
  'document-secretariat': ['wenmi', 'mishu_yi', 'mishu_er'],
  supervision: ['ducha', 'zhineng_zhuanbian'],
  information: ['xinxi'],
  disclosure: ['dashuju'],
  'foreign-affairs': ['waishi'],
  'facilities-and-vehicles': ['jiguan_shiwu'],
  'personnel-finance': ['renshi', 'caiwu'],
  'party-affairs': ['dang_zongzhi'],
};

function read(tree, path) {
  const text = tree.read(path, 'utf-8');
  if (text === null) throw new Error(`${path} 不存在`);
  return text;
}

/** Adds an import line after the file's last import (unless the same line is there). */
function addImport(text, line) {
  if (text.includes(line)) return text;
  const imports = [...text.matchAll(/^import [\s\S]*?;[ \t]*$/gm)];
  if (!imports.length) return `${line}\n${text}`;
  const last = imports[imports.length - 1];
  const at = last.index + last[0].length;
  return `${text.slice(0, at)}\n${line}${text.slice(at)}`;
}

/** The index of the bracket closing the one at `open` (`[`/`]` or `{`/`}`). */
function closing(text, open) {
  const [o, c] = text[open] === '[' ? ['[', ']'] : ['{', '}'];
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === o) depth++;
    else if (text[i] === c && --depth === 0) return i;
  }
  throw new Error(`no closing ${c}`);
}

/**
 * Adds `item` as the last element of the array or object literal that follows `anchor` (e.g. `migrations: [`), keeping
 * the literal's layout: one per line when it is written one per line, inline otherwise.
 */
function addToLiteral(text, anchor, item) {
  const at = text.indexOf(anchor);
  if (at < 0) throw new Error(`"${anchor}" not found`);
  const open = at + anchor.length - 1;
  const close = closing(text, open);
  const inside = text.slice(open + 1, close);
  if (inside.split(/[\s,]+/).includes(item)) return text;
  if (inside.includes('\n')) {
    const indent = /\n([ \t]+)\S/.exec(inside)?.[1] ?? '  ';
    const body = inside.replace(/,?\s*$/, '');
    return `${text.slice(0, open + 1)}${body}${body.trim() ? ',' : ''}\n${indent}${item},\n${inside.match(/\n[ \t]*$/)?.[0].slice(1) ?? ''}${text.slice(close)}`;
  }
  const body = inside.trim().replace(/,$/, '');
  const [pad, end] = text[open] === '{' && body ? [' ', ' '] : ['', ''];
  return `${text.slice(0, open + 1)}${pad}${body ? `${body}, ` : ''}${item}${end}${text.slice(close)}`;
}

function edit(tree, path, change) {
  const before = read(tree, path);
  const after = change(before);
  if (after !== before) tree.write(path, after);
}

/** `timestamp` given (tests, CI), else now: migrations run in the order of their timestamps. */
function timestampOf(options) {
  return String(options.timestamp ?? Date.now());
}

module.exports = { nameForms, SECTIONS_OF, read, addImport, addToLiteral, edit, timestampOf };
