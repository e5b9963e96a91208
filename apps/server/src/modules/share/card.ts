import sharp from 'sharp';

/** Open Graph's usual size: what Zalo and Facebook crop their link previews to. */
export const CARD = { width: 1200, height: 630 } as const;
/** Text keeps this far from the card's left and right edges (chats crop a little). */
export const MARGIN = 80;
const TEXT_WIDTH = CARD.width - 2 * MARGIN;
const FONT = 'DejaVu Sans';

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

/** A box of the card text must stay inside: wrapped to its width, shrunk from `sizes[0]` to fit its height. */
interface Box {
  top: number;
  height: number;
  sizes: number[];
  bold?: boolean;
  color: string;
}

export interface FittedText {
  png: Buffer;
  top: number;
  left: number;
  width: number;
  height: number;
  size: number;
}

const renderText = async (text: string, size: number, box: Box) => {
  const { data, info } = await sharp({
    text: {
      text: `<span foreground="${box.color}">${escapeXml(text)}</span>`,
      font: `${FONT}${box.bold ? ' Bold' : ''} ${size}`,
      width: TEXT_WIDTH,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { png: data, width: info.width, height: info.height };
};

/**
 * Long names ("Câu lạc bộ Bóng bàn Phường Hoàn Kiếm – …") wrap onto more lines and then get smaller;
 * at the smallest size, words are dropped from the end behind an ellipsis until the text fits. Pango
 * (through sharp) lays out the real glyphs, so the measured size is what is drawn.
 */
export async function fitText(text: string, box: Box): Promise<FittedText> {
  for (const size of box.sizes) {
    const rendered = await renderText(text, size, box);
    if (rendered.height <= box.height) return { ...rendered, top: box.top, left: MARGIN, size };
  }
  // Binary search for the most words that fit: a few renders even for a paragraph.
  const size = box.sizes.at(-1)!;
  const words = text.split(/\s+/);
  let best = await renderText('…', size, box);
  let [low, high] = [1, words.length - 1];
  while (low <= high) {
    const keep = Math.floor((low + high) / 2);
    const rendered = await renderText(`${words.slice(0, keep).join(' ')}…`, size, box);
    if (rendered.height <= box.height) {
      best = rendered;
      low = keep + 1;
    } else high = keep - 1;
  }
  return { ...best, top: box.top, left: MARGIN, size };
}

/** Where each text of a card goes: a scored card leaves the middle for the score. */
export async function layoutCard({ kicker, title, big, lines }: CardLines): Promise<FittedText[]> {
  const texts = [
    fitText(kicker, { top: 66, height: 56, sizes: [36, 30, 26], bold: true, color: '#c7d2e5' }),
    fitText(
      title,
      big
        ? { top: 140, height: 190, sizes: [56, 48, 40, 34, 30], bold: true, color: '#ffffff' }
        : { top: 170, height: 200, sizes: [72, 60, 50, 42, 36], bold: true, color: '#ffffff' },
    ),
    ...lines.slice(0, big ? 1 : 3).map((line, index) =>
      fitText(line, {
        top: (big ? 520 : 395) + index * 64,
        height: 56,
        sizes: [40, 34, 28],
        color: '#dbe4ff',
      }),
    ),
  ];
  return Promise.all(texts);
}

/** The league's blue with a red foot, and the score large (scores are short: "3 – 2", "vs"). */
function backgroundSvg(big: string | undefined): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">
  <rect width="100%" height="100%" fill="#1746a2"/>
  <rect x="0" y="${CARD.height - 18}" width="100%" height="18" fill="#e23b3b"/>
  ${big ? `<text x="${MARGIN}" y="490" font-family="${FONT}, sans-serif" font-weight="700" font-size="140" fill="#ffffff">${escapeXml(big)}</text>` : ''}
</svg>`;
}

/** SVG background plus the fitted texts → PNG with sharp (already the server's image library). */
export async function renderCard(lines: CardLines): Promise<Buffer> {
  const texts = await layoutCard(lines);
  return sharp(Buffer.from(backgroundSvg(lines.big)))
    .composite(texts.map((text) => ({ input: text.png, top: text.top, left: text.left })))
    .png()
    .toBuffer();
}
