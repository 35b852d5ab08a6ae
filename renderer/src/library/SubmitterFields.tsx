// Who submits the paper, and to which forum: the same fields when a draft is created and when its
// details are changed later. A State names its issuing body; an organisation, the government its
// disclaimer speaks of.
import { useTranslation } from 'react-i18next';
import type { SubmitterKind } from '../../../shared/model/draft';
import type { NewDraftValues } from './new-draft-form';
import { TextField } from './TextField';

type Field = 'submitter' | 'issuingBody' | 'government' | 'forum';

interface SubmitterFieldsProps {
  kind: SubmitterKind;
  values: Pick<NewDraftValues, Field>;
  set(field: Field, value: string): void;
  errorFor(field: Field): string | undefined;
}

export function SubmitterFields({ kind, values, set, errorFor }: SubmitterFieldsProps) {
  const { t } = useTranslation('library');
  const state = kind === 'state';
  return (
    <>
      <TextField
        name="submitter"
        label={state ? t('newDraft.submitter.state') : t('newDraft.submitter.stakeholder')}
        hint={state ? t('newDraft.submitter.stateHint') : t('newDraft.submitter.stakeholderHint')}
        value={values.submitter}
        onChange={(v) => set('submitter', v)}
        error={errorFor('submitter')}
        required
      />
      {state ? (
        <TextField
          name="issuingBody"
          label={t('newDraft.issuingBody.label')}
          hint={t('newDraft.issuingBody.hint')}
          value={values.issuingBody}
          onChange={(v) => set('issuingBody', v)}
          error={errorFor('issuingBody')}
        />
      ) : (
        <TextField
          name="government"
          label={t('newDraft.government.label')}
          hint={t('newDraft.government.hint')}
          value={values.government}
          onChange={(v) => set('government', v)}
          error={errorFor('government')}
        />
      )}
      <TextField
        name="forum"
        label={t('newDraft.forum.label')}
        hint={t('newDraft.forum.hint')}
        value={values.forum}
        onChange={(v) => set('forum', v)}
        error={errorFor('forum')}
      />
    </>
  );
}
