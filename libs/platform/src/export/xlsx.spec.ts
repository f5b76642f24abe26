import { describe, expect, it } from '@jest/globals';
import { crc32, inflateRawSync } from 'node:zlib';
import { columnName, escapeXml, writeWorkbook, writeXlsx } from './xlsx.js';

/** Reads a ZIP back through its central directory (as a spreadsheet program does), checking each entry's CRC-32. */
function unzip(buffer: Buffer): Map<string, string> {
  const endAt = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(endAt).toBeGreaterThan(0);
  const count = buffer.readUInt16LE(endAt + 10);
  let at = buffer.readUInt32LE(endAt + 16);
  const out = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const crc = buffer.readUInt32LE(at + 16);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const size = buffer.readUInt32LE(at + 24);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localAt = buffer.readUInt32LE(at + 42);
    const name = buffer.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(buffer.readUInt32LE(localAt)).toBe(0x04034b50);
    const dataAt = localAt + 30 + buffer.readUInt16LE(localAt + 26) + buffer.readUInt16LE(localAt + 28);
    const compressed = buffer.subarray(dataAt, dataAt + compressedSize);
    const data = method === 8 ? inflateRawSync(compressed) : compressed;
    expect(data.length).toBe(size);
    expect(crc32(data)).toBe(crc);
    out.set(name, data.toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

describe('xlsx writer', () => {
  const file = writeXlsx({
    name: '归档文件目录',
    header: ['档号', '文号', '题名', '页数'],
    rows: [
      ['J001-WS·2026-D30-WMK-0001', '博政发〔2026〕3号', '关于做好冬季安全生产工作的通知 <紧急> & "重要"', 4],
      ['J001-WS·2026-D30-WMK-0002', null, '关于某事项的函', 2],
    ],
    widths: [28, 20, 50, 6],
  });

  it('is a ZIP whose parts make a workbook with one sheet', () => {
    expect(file.subarray(0, 4).toString('binary')).toBe('PK\u0003\u0004');
    const parts = unzip(file);
    expect([...parts.keys()].sort()).toEqual(['[Content_Types].xml', '_rels/.rels', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    expect(parts.get('[Content_Types].xml')).toContain('spreadsheetml.worksheet+xml');
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="归档文件目录" sheetId="1" r:id="rId1"/>');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Target="worksheets/sheet1.xml"');
  });

  it('writes the header bold, strings inline (escaped, Chinese intact), numbers as numbers and empty cells empty', () => {
    const sheet = unzip(file).get('xl/worksheets/sheet1.xml') as string;
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">档号</t></is></c>');
    expect(sheet).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">博政发〔2026〕3号</t></is></c>');
    expect(sheet).toContain('关于做好冬季安全生产工作的通知 &lt;紧急&gt; &amp; &quot;重要&quot;');
    expect(sheet).toContain('<c r="D2"><v>4</v></c>');
    expect(sheet).toContain('<c r="B3"/>');
    expect(sheet.match(/<row /g)).toHaveLength(3);
    expect(sheet).toContain('<col min="3" max="3" width="50" customWidth="1"/>');
  });

  it('writes several sheets in order, each its own part and relationship, names cleaned', () => {
    const parts = unzip(writeWorkbook([{ name: '党组织信息', header: ['名称'], rows: [['机关第一党支部']] }, { name: '党员/信息', header: ['姓名'], rows: [['张三']] }]));
    expect(parts.get('xl/workbook.xml')).toContain('<sheet name="党组织信息" sheetId="1" r:id="rId1"/><sheet name="党员 信息" sheetId="2" r:id="rId2"/>');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"');
    expect(parts.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
    expect(parts.get('xl/worksheets/sheet2.xml')).toContain('张三');
  });

  it('is byte-identical for the same content', () => {
    expect(Buffer.compare(file, writeXlsx({ name: '归档文件目录', header: ['档号', '文号', '题名', '页数'], rows: [['J001-WS·2026-D30-WMK-0001', '博政发〔2026〕3号', '关于做好冬季安全生产工作的通知 <紧急> & "重要"', 4], ['J001-WS·2026-D30-WMK-0002', null, '关于某事项的函', 2]], widths: [28, 20, 50, 6] }))).toBe(0);
  });

  it('names columns A…Z, AA… and drops characters XML cannot hold', () => {
    expect([0, 25, 26, 27, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(escapeXml('a\u0001b<c')).toBe('ab&lt;c');
  });
});
