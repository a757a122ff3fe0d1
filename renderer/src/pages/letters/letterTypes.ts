import type { TFunction } from 'i18next';
import type { Region } from '../../../../shared/domain/region';
import { LETTER_TYPES, letterTypesFor } from '../../../../shared/schemas/letters';

/**
 * The letter types a case of the region is offered, as select options, and why each type
 * left out is not there (停息挂账 outside the mainland), for the field's help text.
 */
export function letterTypeChoice(region: Region | null, t: TFunction): { options: { value: string; label: string }[]; notOffered: string[] } {
  const offered = letterTypesFor(region);
  return {
    options: offered.map((type) => ({ value: type, label: t(`letters.types.${type}`) })),
    notOffered: LETTER_TYPES.filter((type) => !offered.includes(type)).map((type) => t(`letters.notInRegion.${type}`)),
  };
}
