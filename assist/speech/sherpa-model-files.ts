import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A streaming model's files as sherpa-onnx's releases name them: `encoder.onnx` or `encoder-epoch-99-avg-1.int8.onnx`
 * alike, so IT can unpack a release into the folder as it is. With a joiner the model is a transducer (streaming
 * Zipformer); without one, a streaming Paraformer (encoder and decoder only).
 */
export interface SherpaModelFiles {
  kind: 'transducer' | 'paraformer';
  tokens: string;
  encoder: string;
  decoder: string;
  joiner: string | null;
}

/** What a complete transducer folder holds: what the panel lists when a folder holds no model at all. */
export const SHERPA_MODEL_FILES = ['encoder.onnx', 'decoder.onnx', 'joiner.onnx', 'tokens.txt'];

/** The file for a part: `<part>.onnx` itself, else the one a release names `<part>….onnx`, the int8 one first (smaller, as good). */
function partFile(names: readonly string[], part: string): string | null {
  if (names.includes(`${part}.onnx`)) return `${part}.onnx`;
  const candidates = names.filter((n) => n.startsWith(part) && n.endsWith('.onnx')).sort();
  return candidates.find((n) => n.endsWith('.int8.onnx')) ?? candidates[0] ?? null;
}

/** The model in a folder, or which files it lacks (by their plain names). */
export function findModelFiles(folder: string): { files: SherpaModelFiles | null; missing: string[] } {
  const names = existsSync(folder) ? readdirSync(folder) : [];
  const encoder = partFile(names, 'encoder');
  const decoder = partFile(names, 'decoder');
  const joiner = partFile(names, 'joiner');
  const tokens = names.includes('tokens.txt') ? 'tokens.txt' : null;
  const missing = [
    ...(encoder ? [] : ['encoder.onnx']),
    ...(decoder ? [] : ['decoder.onnx']),
    // A joiner is missing only from a folder with no model at all: without one, encoder and decoder are a Paraformer.
    ...(!encoder && !decoder && !joiner ? ['joiner.onnx'] : []),
    ...(tokens ? [] : ['tokens.txt']),
  ];
  if (!encoder || !decoder || !tokens) return { files: null, missing };
  const at = (name: string) => join(folder, name);
  return {
    files: { kind: joiner ? 'transducer' : 'paraformer', tokens: at(tokens), encoder: at(encoder), decoder: at(decoder), joiner: joiner ? at(joiner) : null },
    missing: [],
  };
}
