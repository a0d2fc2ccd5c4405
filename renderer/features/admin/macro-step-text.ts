import type { TFunction } from 'i18next';
import type { MacroStep } from '../../../shared/domain/macros/macro';

/** One step of a macro in words, as the list of macros shows it. */
export function macroStepText(step: MacroStep, t: TFunction): string {
  switch (step.kind) {
    case 'setComplexity':
      return t('macros.step.setComplexity', { complexity: t(`workflow.complexity.${step.complexity}`) });
    case 'addNote':
      return t('macros.step.addNote', { text: step.text, interpolation: { escapeValue: false } });
    case 'assign':
      return t('macros.step.assign', { name: step.name, employeeNo: step.employeeNo });
    case 'advance':
      return t('macros.step.advance', { stage: t(`stage.${step.stage}`) });
  }
}
