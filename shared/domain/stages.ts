/** The seven stages of the complaint process, in order (投诉受理 … 投诉关闭). */
export const STAGES = [
  'intake',
  'registration',
  'analysis',
  'solution',
  'execution',
  'feedback',
  'closure',
] as const;

export type Stage = (typeof STAGES)[number];

export const stageLabelKey = (stage: Stage) => `stage.${stage}` as const;

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}
