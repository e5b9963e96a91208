import { useId } from 'react';
import { ErrorMessage } from '../../../components/ui/error-message';
import { t } from '../../../i18n/translate';
import { useApiAction } from '../api/admin-api';

/** A photo or logo from the phone's camera or gallery; the server resizes it and stores WebP. */
export function ImageUpload({
  path,
  field,
  label,
}: {
  path: string;
  field: 'avatar' | 'logo';
  label: string;
}) {
  const id = useId();
  const upload = useApiAction((file: File) => {
    const form = new FormData();
    form.append(field, file);
    return { path, method: 'POST', form };
  });
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
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
