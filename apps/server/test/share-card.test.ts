import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { CARD, layoutCard, MARGIN, renderCard } from '../src/modules/share/card.js';

const HOME = 'Câu lạc bộ Bóng bàn Phường Hoàn Kiếm Thủ đô Hà Nội Ngàn Năm Văn Hiến';
const GUEST = 'Liên minh Bóng bàn Nghiệp dư Quận Đống Đa và Huyện Thường Tín';
const BLUE = [0x17, 0x46, 0xa2];

/** Every pixel of the card outside the text column (the side margins) that is not the background. */
async function inkInMargins(png: Buffer): Promise<number> {
  const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([CARD.width, CARD.height]);
  let ink = 0;
  // Above the red foot; a few pixels of slack for antialiasing at the column's edge.
  for (let y = 0; y < CARD.height - 18; y++) {
    for (let i = 0; i < 2 * (MARGIN - 4); i++) {
      const x = i < MARGIN - 4 ? i : CARD.width - 1 - (i - (MARGIN - 4));
      const at = (y * info.width + x) * 3;
      if (BLUE.some((value, channel) => Math.abs(data[at + channel]! - value) > 8)) ink++;
    }
  }
  return ink;
}

describe('share preview cards with long Vietnamese team names', () => {
  it('wraps and shrinks the names into the text column, every text in its own band', async () => {
    const card = { kicker: 'Giải Bóng Bàn · Vòng 12', title: `${HOME} – ${GUEST}`, big: '3 – 2', lines: [] };
    const texts = await layoutCard(card);
    const title = texts[1]!;
    expect(title.size).toBeLessThan(56);
    for (const text of texts) {
      expect(text.left).toBe(MARGIN);
      expect(text.left + text.width).toBeLessThanOrEqual(CARD.width - MARGIN);
    }
    // The title ends above the score (its glyphs reach up to about 390 px) and kicker above the title.
    expect(texts[0]!.top + texts[0]!.height).toBeLessThanOrEqual(title.top);
    expect(title.top + title.height).toBeLessThanOrEqual(340);
    expect(await inkInMargins(await renderCard(card))).toBe(0);
  });

  it('drops words behind an ellipsis only when even the smallest size cannot hold the name', async () => {
    const endless = Array(12).fill(HOME).join(' ');
    const texts = await layoutCard({ kicker: 'Giải Bóng Bàn', title: endless, lines: [endless, 'Hạng 2'] });
    expect(texts[1]!.height).toBeLessThanOrEqual(200);
    for (const text of texts) expect(text.left + text.width).toBeLessThanOrEqual(CARD.width - MARGIN);
    const png = await renderCard({ kicker: 'Giải Bóng Bàn', title: endless, lines: [endless] });
    expect(await inkInMargins(png)).toBe(0);
  });

  it('keeps a short name at full size', async () => {
    const [, title] = await layoutCard({
      kicker: 'Giải Bóng Bàn',
      title: 'CLB Tây Hồ – CLB Đống Đa',
      big: '3 – 0',
      lines: [],
    });
    expect(title!.size).toBe(56);
  });
});
