import type { RawRow } from './parse.js';

export interface RowProblem {
  field: string;
  code: string;
  message: string;
}

export interface StagedValues {
  full_name: string | null;
  birth_year: number | null;
  gender: string | null;
  phone: string | null;
  cccd: string | null;
  team_name: string | null;
  rank_id: string | null;
  opening_points: number | null;
}

/** What the league already holds, looked up once per file. */
export interface ImportContext {
  teams: Set<string>;
  ranks: Set<string>;
  existingCccd: Set<string>;
}

const GENDERS: Record<string, string> = {
  male: 'MALE',
  m: 'MALE',
  nam: 'MALE',
  female: 'FEMALE',
  f: 'FEMALE',
  nữ: 'FEMALE',
  nu: 'FEMALE',
  other: 'OTHER',
  khác: 'OTHER',
};

export const teamKey = (name: string) => name.trim().toLocaleLowerCase('vi');

/** One row's values as they would be stored, and every reason it cannot be (the same rules as the API). */
export function checkRow(row: RawRow, context: ImportContext, seenCccd: Set<string>) {
  const problems: RowProblem[] = [];
  const problem = (field: string, code: string, message: string) => problems.push({ field, code, message });
  const text = (value: string | undefined) => (value && value.length > 0 ? value : null);

  const fullName = text(row.full_name)?.replace(/\s+/g, ' ') ?? null;
  if (!fullName) problem('full_name', 'MISSING_REQUIRED_FIELD', 'A name is required');
  else if (fullName.length > 120) problem('full_name', 'INVALID_INPUT', 'At most 120 characters');

  let birthYear: number | null = null;
  if (text(row.birth_year)) {
    birthYear = /^\d{4}$/.test(row.birth_year!) ? Number(row.birth_year) : Number.NaN;
    if (!(birthYear >= 1900 && birthYear <= new Date().getUTCFullYear())) {
      problem('birth_year', 'INVALID_INPUT', 'A year between 1900 and this year');
      birthYear = null;
    }
  }

  let gender: string | null = null;
  if (text(row.gender)) {
    gender = GENDERS[row.gender!.toLocaleLowerCase('vi')] ?? row.gender!.toUpperCase();
    if (!['MALE', 'FEMALE', 'OTHER'].includes(gender)) {
      problem('gender', 'INVALID_INPUT', 'MALE, FEMALE or OTHER (Nam, Nữ, Khác)');
      gender = null;
    }
  }

  const phone = text(row.phone);
  if (phone && !/^\+?[0-9 .()-]{3,20}$/.test(phone))
    problem('phone', 'INVALID_INPUT', 'Digits, spaces and + . ( ) -');

  const cccd = text(row.cccd);
  if (cccd) {
    if (!/^[0-9]{9,12}$/.test(cccd)) problem('cccd', 'INVALID_INPUT', '9 to 12 digits');
    else if (context.existingCccd.has(cccd))
      problem('cccd', 'PLAYER_EXISTS', 'A player with this CCCD already exists');
    else if (seenCccd.has(cccd))
      problem('cccd', 'DUPLICATE_IN_FILE', 'The same CCCD appears on an earlier row');
    seenCccd.add(cccd);
  }

  const team = text(row.team);
  if (!team) problem('team', 'MISSING_REQUIRED_FIELD', 'The team is required');
  else if (!context.teams.has(teamKey(team))) problem('team', 'TEAM_NOT_FOUND', `No team named "${team}"`);

  const rank = text(row.rank)?.toUpperCase() ?? null;
  if (!rank) problem('rank', 'MISSING_REQUIRED_FIELD', 'The rank is required');
  else if (!context.ranks.has(rank)) problem('rank', 'RANK_NOT_FOUND', `No rank "${rank}"`);

  let openingPoints: number | null = null;
  if (text(row.opening_points)) {
    const raw = row.opening_points!.replace(',', '.');
    openingPoints = /^\d{1,6}(\.\d{1,2})?$/.test(raw) ? Number(raw) : Number.NaN;
    if (!(openingPoints >= 0 && openingPoints <= 100_000)) {
      problem('opening_points', 'INVALID_INPUT', 'A number from 0 to 100000 with at most 2 decimals');
      openingPoints = null;
    }
  }

  const values: StagedValues = {
    full_name: fullName?.slice(0, 120) ?? null,
    birth_year: birthYear,
    gender,
    phone: phone?.slice(0, 20) ?? null,
    cccd: cccd?.slice(0, 20) ?? null,
    team_name: team?.slice(0, 100) ?? null,
    rank_id: rank?.slice(0, 4) ?? null,
    opening_points: openingPoints,
  };
  return { values, problems };
}
