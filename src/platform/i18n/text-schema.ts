import { Type } from 'typebox';

/** A text in both languages as an API answer carries it (an error's message). */
export const TextSchema = Type.Object({ lv: Type.String(), en: Type.String() });
