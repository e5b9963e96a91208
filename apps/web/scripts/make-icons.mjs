// Renders the committed PNG icons from the SVG sources. Run after changing an icon:
//   node apps/web/scripts/make-icons.mjs
// sharp comes with the server workspace, so this needs no extra dependency.
import path from 'node:path';
import sharp from 'sharp';

const icons = path.resolve(import.meta.dirname, '../public/icons');
const outputs = [
  ['icon.svg', 'icon-192.png', 192],
  ['icon.svg', 'icon-512.png', 512],
  ['icon.svg', 'apple-touch-icon.png', 180],
  ['maskable.svg', 'maskable-512.png', 512],
];

for (const [source, target, size] of outputs) {
  await sharp(path.join(icons, source), { density: 300 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toFile(path.join(icons, target));
  console.log(`${target} ${size}x${size}`);
}
