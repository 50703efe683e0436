// A draft after the per-article transforms, as bytes: what the ingest cache stores and what a worker thread
// sends back. Everything but the VFile is structured-cloneable data; the file keeps its path, text, data and
// messages (positions, rule ids, fatal flags), so a draft read back prints exactly the messages it had.
import v8 from 'node:v8';
import { VFile } from 'vfile';
import type { Draft } from './types.ts';

interface StoredMessage {
  reason: string;
  place: unknown;
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean | null | undefined;
  url: string | undefined;
  note: string | undefined;
  actual: string | undefined;
  expected: string[] | undefined;
}

interface StoredDraft {
  draft: Omit<Draft, 'file'>;
  file: { path: string; value: string; data: unknown; messages: StoredMessage[] };
}

export function encodeDraft(draft: Draft): Uint8Array {
  const { file, ...rest } = draft;
  const stored: StoredDraft = {
    draft: rest,
    file: {
      path: file.path,
      value: String(file.value ?? ''),
      data: file.data,
      messages: file.messages.map((m) => ({
        reason: m.reason,
        place: m.place,
        ruleId: m.ruleId,
        source: m.source,
        fatal: m.fatal,
        url: m.url,
        note: m.note,
        actual: m.actual,
        expected: m.expected,
      })),
    },
  };
  return v8.serialize(stored);
}

export function decodeDraft(bytes: Uint8Array): Draft {
  const stored = v8.deserialize(bytes) as StoredDraft;
  const file = new VFile({ path: stored.file.path, value: stored.file.value });
  Object.assign(file.data, stored.file.data);
  for (const m of stored.file.messages) {
    const message = file.message(m.reason, { place: m.place as never, ruleId: m.ruleId, source: m.source });
    message.fatal = m.fatal;
    if (m.url !== undefined) message.url = m.url;
    if (m.note !== undefined) message.note = m.note;
    if (m.actual !== undefined) message.actual = m.actual;
    if (m.expected !== undefined) message.expected = m.expected;
  }
  return { ...stored.draft, file };
}
