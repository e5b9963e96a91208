import type { Random } from './random.js';

/** Eight clubs of a Hanoi district league; each plays at its district's hall. */
export const DEMO_CLUBS = [
  { district: 'Ba Đình', short: 'BĐ' },
  { district: 'Hoàn Kiếm', short: 'HK' },
  { district: 'Cầu Giấy', short: 'CG' },
  { district: 'Đống Đa', short: 'ĐĐ' },
  { district: 'Tây Hồ', short: 'TH' },
  { district: 'Long Biên', short: 'LB' },
  { district: 'Thanh Xuân', short: 'TX' },
  { district: 'Hai Bà Trưng', short: 'HBT' },
].map((club) => ({
  name: `CLB Bóng Bàn ${club.district}`,
  short_name: club.short,
  venue: `Nhà thi đấu quận ${club.district}`,
}));

export const PLAYERS_PER_CLUB = 6;

// Amateur leagues are bottom-heavy: many C and B players, a handful of strong B1s and one A3.
const RANK_MIX = [
  { id: 'C3', min: 150, max: 499, players: 6 },
  { id: 'C2', min: 500, max: 799, players: 9 },
  { id: 'C1', min: 800, max: 1099, players: 11 },
  { id: 'B3', min: 1100, max: 1399, players: 10 },
  { id: 'B2', min: 1400, max: 1699, players: 7 },
  { id: 'B1', min: 1700, max: 1999, players: 4 },
  { id: 'A3', min: 2000, max: 2499, players: 1 },
];

/** The most common Vietnamese family names (also used by the benchmark's bulk loader). */
export const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trịnh',
];
export const MALE_MIDDLE = [
  'Văn',
  'Đức',
  'Minh',
  'Quang',
  'Hữu',
  'Thành',
  'Công',
  'Tuấn',
  'Xuân',
  'Mạnh',
  'Việt',
];
export const MALE_GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hải',
  'Hùng',
  'Khoa',
  'Long',
  'Nam',
  'Phong',
  'Quân',
  'Sơn',
  'Thắng',
  'Trung',
  'Tú',
  'Hiếu',
  'Đạt',
  'Huy',
  'Khánh',
  'Lâm',
  'Tùng',
  'Kiên',
];
export const FEMALE_MIDDLE = ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Phương', 'Hồng', 'Minh', 'Diệu', 'Khánh'];
export const FEMALE_GIVEN = [
  'Lan',
  'Hương',
  'Mai',
  'Hà',
  'Linh',
  'Trang',
  'Thảo',
  'Yến',
  'Nhung',
  'Hạnh',
  'Vy',
  'Anh',
  'Ngân',
  'Quỳnh',
];

export interface DemoPlayer {
  full_name: string;
  gender: 'MALE' | 'FEMALE';
  birth_year: number;
  rank_id: string;
  rating: number;
}

/** Forty-eight distinct players: names with diacritics, about a quarter women, born 1962-2007, ranks C3-A3. */
export function demoPlayers(random: Random): DemoPlayer[] {
  const taken = new Set<string>();
  const players: DemoPlayer[] = [];
  for (const rank of RANK_MIX) {
    for (let i = 0; i < rank.players; i++) {
      const gender = random.chance(0.27) ? 'FEMALE' : 'MALE';
      let full_name: string;
      do {
        full_name =
          gender === 'MALE'
            ? `${random.pick(FAMILY)} ${random.pick(MALE_MIDDLE)} ${random.pick(MALE_GIVEN)}`
            : `${random.pick(FAMILY)} ${random.pick(FEMALE_MIDDLE)} ${random.pick(FEMALE_GIVEN)}`;
      } while (taken.has(full_name));
      taken.add(full_name);
      players.push({
        full_name,
        gender,
        birth_year: random.int(1962, 2007),
        rank_id: rank.id,
        rating: random.int(rank.min + 30, rank.max - 30),
      });
    }
  }
  return random.shuffle(players);
}
