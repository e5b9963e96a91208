import { useId } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t } from '../../../i18n/translate';
import { type ApiResult, api } from '../../../lib/api/client';
import { useAdminAction } from '../api/admin-api';

// openapi-typescript types a `format: binary` part as a string; the body sent is the FormData itself.
const asForm = (file: File, field: 'avatar' | 'logo') => {
  const form = new FormData();
  form.append(field, file);
  return { body: {} as { avatar: string } & { logo: string }, bodySerializer: () => form };
};

const uploadImage = (target: 'player' | 'team', id: string, file: File): Promise<ApiResult<unknown>> =>
  target === 'player'
    ? api.POST('/api/v1/players/{id}/avatar', { params: { path: { id } }, ...asForm(file, 'avatar') })
    : api.POST('/api/v1/teams/{id}/logo', { params: { path: { id } }, ...asForm(file, 'logo') });

/** A photo or logo from the phone's camera or gallery; the server resizes it and stores WebP. */
export function ImageUpload({ target, id, label }: { target: 'player' | 'team'; id: string; label: string }) {
  const inputId = useId();
  const upload = useAdminAction((file: File) => uploadImage(target, id, file));
  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      <input
        id={inputId}
        className="field__control"
        type="file"
        accept="image/jpeg,image/png,image/webp"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload.mutate(file);
        }}
      />
      {upload.isPending ? <p className="muted small">{t('admin.uploading')}</p> : null}
      {upload.isSuccess ? (
        <p className="small" role="status">
          {t('admin.uploaded')}
        </p>
      ) : null}
      {upload.isError ? <ErrorMessage title={t('admin.notUploaded')} error={upload.error} /> : null}
    </div>
  );
}
