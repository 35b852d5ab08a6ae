// The open draft's field texts (shared/model/field-texts.ts) for the field nodes in its editors:
// the draft screen provides them, so a change in Details shows in the text at once.
import { createContext } from 'react';
import type { FieldTexts } from '../../../../shared/model/field-texts';

export const FieldTextsContext = createContext<FieldTexts>({});
