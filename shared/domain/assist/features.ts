/**
 * The features a classifier sees, from the words of a text (cut by the tokenizer of assist/): the words
 * themselves (punctuation, digits and stop words dropped) and the character pairs inside each run of Chinese
 * (which keep a phrase recognisable when the tokenizer cuts it differently). Each feature counts once per text
 * (a caller repeating a word says no more about the type than saying it once).
 */
const STOP_WORDS = new Set([
  '的', '了', '是', '我', '你', '他', '她', '们', '我们', '你们', '他们', '在', '和', '就', '也', '都', '又', '还', '说', '要', '有',
  '这', '那', '这个', '那个', '一个', '吧', '吗', '呢', '啊', '呀', '嘛', '着', '给', '把', '被', '让', '跟', '对', '从', '到',
  '很', '太', '就是', '还是', '但是', '可是', '然后', '因为', '所以', '如果', '现在', '已经', '什么', '怎么', '为什么', '自己',
  '一下', '一直', '真的', '这样', '那样', '没有', '不是', '可以', '知道', '觉得', 'the', 'a', 'an', 'and', 'to', 'of', 'i', 'is',
]);

const CJK = /[\u3400-\u9fff]/;
const WORD = /^[\p{L}\p{N}]+$/u;

export function featuresOf(tokens: readonly string[]): string[] {
  const features: string[] = [];
  let run = '';
  const flushRun = () => {
    for (let i = 0; i + 1 < run.length; i++) features.push(`#${run.slice(i, i + 2)}`);
    run = '';
  };
  for (const raw of tokens) {
    const token = raw.trim().toLowerCase();
    if (!token) continue;
    const chinese = CJK.test(token);
    if (chinese) run += token;
    else flushRun();
    if (!WORD.test(token) || STOP_WORDS.has(token) || /^\d+$/.test(token)) continue;
    features.push(token);
  }
  flushRun();
  return [...new Set(features)];
}
