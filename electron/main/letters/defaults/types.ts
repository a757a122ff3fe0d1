import type { Body, LetterType } from '../../../../shared/schemas/letters';

export interface DefaultTemplate {
  /** The template's name in its own language (shown in the library). */
  name: string;
  title: string;
  body: Body;
}

export type DefaultSet = Record<LetterType, DefaultTemplate>;
