import { checkSeasonRules, DEFAULT_SEASON_RULES } from '@pingpong/domain';
import { describe, expect, it } from 'vitest';
import { badSlots, customDraft, nextSlot, parseCustomDraft, startingFormat } from './custom-format';
import { draftFromRules, readRules } from './rules';

describe('a custom team format in the rules editor', () => {
  it('round-trips through the draft and reaches the server as {team_size, slots}', () => {
    const format = { team_size: 2, slots: ['A-X', 'B-Y', 'D', 'B-X'] };
    const draft = { ...draftFromRules(), format: customDraft(format) };
    expect(parseCustomDraft(draft.format as string)).toEqual(format);
    const { rules, invalid } = readRules(draft);
    expect(rules.format).toEqual(format);
    expect(invalid.size).toBe(0);
    expect(checkSeasonRules(rules)).toEqual([]);
    // A season stored with a custom format opens in the editor as that format.
    expect(draftFromRules({ ...DEFAULT_SEASON_RULES, format }).format).toBe('CUSTOM:2:A-X,B-Y,D,B-X');
  });

  it('starts from the named format chosen before, so it can be adjusted', () => {
    expect(startingFormat('WORLD_TEAM')).toEqual({
      team_size: 3,
      slots: ['A-X', 'B-Y', 'C-Z', 'A-Y', 'B-X'],
    });
    expect(startingFormat('FREE').slots.length).toBeGreaterThan(0);
  });

  it('marks, by the domain check, the slots a smaller team cannot play, and refuses the format', () => {
    const shrunk = { team_size: 2, slots: ['A-X', 'C-Z', 'D'] };
    expect([...badSlots(shrunk)]).toEqual([1]);
    expect(readRules({ ...draftFromRules(), format: customDraft(shrunk) }).invalid.has('format')).toBe(true);
    expect(
      readRules({ ...draftFromRules(), format: customDraft({ team_size: 2, slots: [] }) }).invalid.has(
        'format',
      ),
    ).toBe(true);
  });

  it('adds singles pairings not in the list yet', () => {
    expect(nextSlot({ team_size: 2, slots: ['A-X', 'B-Y'] })).toBe('A-Y');
    expect(nextSlot({ team_size: 1, slots: ['A-X'] })).toBe('A-X');
  });
});
