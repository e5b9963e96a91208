import sharp from 'sharp';

/** Open Graph's usual size: what Zalo and Facebook crop their link previews to. */
export const CARD = { width: 1200, height: 630 } as const;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );

export interface CardLines {
  kicker: string;
  title: string;
  big?: string;
  lines: string[];
}

/** A preview card: the league's blue, a small line on top, the score (or a name) large, a few lines below. */
export function cardSvg({ kicker, title, big, lines }: CardLines): string {
  const rows = lines
    .slice(0, 4)
    .map(
      (line, index) =>
        `<text x="80" y="${big ? 470 + index * 54 : 380 + index * 54}" font-size="40" fill="#dbe4ff">${escapeXml(line)}</text>`,
    )
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
  <rect width="100%" height="100%" fill="#1746a2"/>
  <rect x="0" y="${CARD.height - 18}" width="100%" height="18" fill="#e23b3b"/>
  <g font-family="DejaVu Sans, Noto Sans, Arial, sans-serif" font-weight="700">
    <text x="80" y="110" font-size="36" fill="#c7d2e5">${escapeXml(kicker)}</text>
    <text x="80" y="${big ? 210 : 260}" font-size="${big ? 56 : 72}" fill="#ffffff">${escapeXml(title)}</text>
    ${big ? `<text x="80" y="390" font-size="150" fill="#ffffff">${escapeXml(big)}</text>` : ''}
  </g>
  <g font-family="DejaVu Sans, Noto Sans, Arial, sans-serif">${rows}</g>
</svg>`;
}

/** SVG → PNG with sharp (already the server's image library). */
export const renderCard = (lines: CardLines): Promise<Buffer> =>
  sharp(Buffer.from(cardSvg(lines)))
    .png()
    .toBuffer();
