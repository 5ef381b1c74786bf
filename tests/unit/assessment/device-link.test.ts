import { describe, expect, it } from 'vitest';
import { decodeDeviceLink, deviceLink, encodeRecordForLink, MAX_FRAGMENT_CHARS } from '@/lib/assessment/device-link';
import { deviceLinkProblemText } from '@/lib/assessment/messages-travel';
import { normaliseRecord } from '@/lib/assessment/record-schema';
import { readiness } from '@/lib/readiness/data';
import { readyRecord } from '../../../scripts/lib/assessment-fixtures.mjs';

const record = () => normaliseRecord(readyRecord(), () => 'x');
const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const deflate = async (text: string | Uint8Array) => {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const out = await new Response(
    new Blob([data as BlobPart]).stream().pipeThrough(new CompressionStream('deflate-raw')),
  ).arrayBuffer();
  return new Uint8Array(out);
};
const decode = (hash: string) => decodeDeviceLink(hash, readiness);

describe('the device link', () => {
  it('round-trips a record through the fragment', async () => {
    const r = record();
    const link = await deviceLink(r, 'https://handbook.example/docs/sop/independent-leader/assessment#old');
    expect(link).toMatch(
      /^https:\/\/handbook\.example\/docs\/sop\/independent-leader\/assessment#transfer=2\.[A-Za-z0-9_-]+$/,
    );
    const back = await decode(link.slice(link.indexOf('#')));
    expect(back).toEqual({ kind: 'ok', record: r });
  });

  it('is far shorter than the record file it carries', async () => {
    const hash = await encodeRecordForLink(record());
    expect(hash.length).toBeLessThan(JSON.stringify(record()).length / 2);
  });

  it('ignores any other fragment', async () => {
    expect(await decode('#self=1.1.x')).toEqual({ kind: 'none' });
    expect(await decode('')).toEqual({ kind: 'none' });
  });

  it.each([
    ['truncated', '#transfer=2.', 'malformed'],
    ['no format number', '#transfer=abc', 'malformed'],
    ['not base64url', '#transfer=2.%%%%+/==', 'malformed'],
    ['another format version', '#transfer=3.AAAA', 'other-format'],
    ['a huge fragment', `#transfer=2.${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`, 'too-long'],
  ])('refuses %s before decompressing', async (_label, hash, problem) => {
    expect(await decode(hash)).toEqual({ kind: 'error', problem });
  });

  it('refuses data that is not deflate', async () => {
    expect(await decode(`#transfer=2.${b64url(new TextEncoder().encode('{"kind":"readiness-assessment"}'))}`)).toEqual({
      kind: 'error',
      problem: 'not-compressed',
    });
  });

  it('refuses a cut-off link (a truncated deflate stream)', async () => {
    const full = await encodeRecordForLink(record());
    const cut = await decode(full.slice(0, Math.floor(full.length * 0.6)));
    expect(cut.kind).not.toBe('ok');
  });

  it('stops a compression bomb at the record size limit', async () => {
    const bomb = await deflate(new Uint8Array(5_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await decode(`#transfer=2.${b64url(bomb)}`)).toEqual({ kind: 'error', problem: 'too-large' });
  });

  it('reads what it unpacks like a record file: 10,000 deletion markers are refused with a reason', async () => {
    const file = {
      ...JSON.parse(JSON.stringify(record())),
      deletedCalls: Array.from({ length: 10_000 }, (_, i) => ({
        id: `d${i}`,
        deletedAt: '2026-11-02T10:00:00.000Z',
        rev: { a: 1 },
      })),
    };
    const hash = `#transfer=2.${b64url(await deflate(JSON.stringify(file)))}`;
    const out = await decode(hash);
    expect(out).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/deletedCalls: must have at most 1000 deletion markers/),
    });
  });

  it('says each problem in words', () => {
    expect(deviceLinkProblemText('too-large')).toMatch(/unpacks to more than a record can hold.*Nothing was changed/);
    expect(deviceLinkProblemText('other-format')).toMatch(/different version of the handbook/);
  });
});
