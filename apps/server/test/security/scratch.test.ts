import { it } from 'vitest';
import { createTestApp } from '../helpers/app.js';
import { newTeam } from '../helpers/factories.js';
import { imageFile } from '../helpers/multipart.js';
it('scratch', async () => {
  const t = await createTestApp({ LOG_LEVEL: 'error', UPLOAD_DIR: '/tmp/scratch-up' });
  const team = await newTeam(t);
  const { payload } = imageFile('logo', Buffer.from([0xff, 0xd8, 0xff, 1, 2, 3]));
  const r = await t.request({
    method: 'POST',
    url: `/api/v1/teams/${team.id}/logo`,
    as: 'admin',
    payload,
    headers: { 'content-type': 'multipart/form-data; boundary=not-the-one' },
  });
  console.log(r.statusCode, r.body);
  await t.close();
});
